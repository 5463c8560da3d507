"""KAMdesk: a desktop key-account manager for field sales reps."""

__version__ = "0.1.0"
