"""Publication of approved layers: approval workflow, publication store, publisher, publication log."""
