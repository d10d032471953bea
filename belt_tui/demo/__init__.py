"""The bundled demo mailbox and calendar, shifted to this week at start."""
