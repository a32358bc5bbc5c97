"""The work itself: use cases, Vietnamese text, importers, reports, exchange. No Qt here."""
