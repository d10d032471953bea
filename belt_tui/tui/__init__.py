"""The Textual user interface; it talks only to the core, never to servers or the store."""
