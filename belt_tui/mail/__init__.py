"""Mail: RFC 5322 parsing and JWZ threading (pure), Maildir and IMAP sources (I/O)."""
