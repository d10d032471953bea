"""The ask engine: pure functions from a message to its asks, owners, due dates and thread state."""
