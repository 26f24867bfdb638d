"""Metadata catalogue clients behind one interface (:class:`base.CatalogueClient`)."""
