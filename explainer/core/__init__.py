"""The content core: schema, loading, validation and graph checks. No UI imports here."""
