"""Offline gazetteer: place index, recognition of place mentions, and resolution in context."""
