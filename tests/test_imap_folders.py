"""Which folders a sync reads: INBOX, Sent by SPECIAL-USE then by common names, configured folders,
and on Gmail only All Mail, so a message with several labels is read once (pure)."""

from __future__ import annotations

from belt_tui.mail.imap_folders import (
    FolderPlan,
    find_sent,
    gmail_shown_folder,
    is_gmail,
    listed,
    missing_folders,
    plan_folders,
)


def folders(*entries: tuple[str, tuple[bytes, ...]]):
    return listed((flags, b"/", name) for name, flags in entries)


def test_sent_is_found_by_its_special_use_flag_before_any_name() -> None:
    found = folders(("INBOX", ()), ("Sent", ()), ("Gesendete Objekte", (b"\\HasNoChildren", b"\\Sent")))
    assert find_sent(found) == "Gesendete Objekte"


def test_sent_falls_back_to_common_names_case_insensitively() -> None:
    assert find_sent(folders(("INBOX", ()), ("Sent Items", ()))) == "Sent Items"
    assert find_sent(folders(("INBOX", ()), ("INBOX.Sent", ()))) == "INBOX.Sent"
    assert find_sent(folders(("INBOX", ()), ("sent messages", ()))) == "sent messages"
    assert find_sent(folders(("INBOX", ()), ("Archive", ()))) is None


def test_an_unselectable_folder_is_never_planned() -> None:
    assert find_sent(folders(("INBOX", ()), ("Sent", (b"\\Noselect",)))) is None


def test_plan_is_inbox_sent_then_configured_folders_that_exist() -> None:
    found = folders(("INBOX", ()), ("Sent", ()), ("Clients/Acme", ()), ("Archive", ()))
    plan = plan_folders(found, ["Clients/Acme", "Sent", "Nope"], gmail=False)
    assert plan == [
        FolderPlan("INBOX", "INBOX"),
        FolderPlan("Sent", "Sent"),
        FolderPlan("Clients/Acme", "Clients/Acme"),
    ]
    assert missing_folders(found, ["Clients/Acme", "Nope"]) == ["Nope"]


def test_gmail_reads_all_mail_alone_and_takes_the_folder_from_labels() -> None:
    found = folders(
        ("INBOX", ()),
        ("[Gmail]", (b"\\Noselect",)),
        ("[Gmail]/All Mail", (b"\\All", b"\\HasNoChildren")),
        ("[Gmail]/Sent Mail", (b"\\Sent",)),
        ("Clients/Acme", ()),
    )
    assert is_gmail([b"IMAP4REV1", b"X-GM-EXT-1"])
    assert plan_folders(found, ["Clients/Acme"], gmail=True) == [
        FolderPlan("[Gmail]/All Mail", "INBOX", by_label=True)
    ]
    assert gmail_shown_folder([b"\\Inbox", b"Clients/Acme"]) == "INBOX"
    assert gmail_shown_folder([b"\\Sent", b"Clients/Acme"]) == "Sent"


def test_gmail_without_a_visible_all_mail_falls_back_to_folders() -> None:
    found = folders(("INBOX", ()), ("[Gmail]/Sent Mail", (b"\\Sent",)))
    assert plan_folders(found, [], gmail=True) == [
        FolderPlan("INBOX", "INBOX"),
        FolderPlan("[Gmail]/Sent Mail", "Sent"),
    ]
