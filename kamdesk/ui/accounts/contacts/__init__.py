"""Contacts: the contact form (with its private sections) and contact lists."""
