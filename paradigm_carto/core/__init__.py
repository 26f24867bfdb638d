"""Core logic of the plugin: plain modules without widgets, testable headless."""
