"""The account form and its tabs (profile, classification, value, contacts,
contact log, related parties, custom fields)."""
