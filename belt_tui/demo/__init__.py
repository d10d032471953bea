"""The bundled demo mailbox and calendar, shifted to this week at start.

`mailbox/` is a Maildir++ (INBOX plus `.Sent`) of a litigation associate's week and `calendar.ics`
her calendar for the same days, both written for Wednesday 22 October 2025. `prepare.prepare_demo`
copies them elsewhere with every date moved so the newest message is from today. The mail is
generated from readable TOML by tools/build_demo_mailbox.py; edit that, not the files here.
"""
