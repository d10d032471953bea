"""Planning: busy time from calendars, free-time slotting (pure), CalDAV write-back."""
