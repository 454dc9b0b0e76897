"""OS errors reach the user in Czech ("Složka neexistuje"), never as "No such file or directory"."""

import errno

import pytest

from obecdesk.os_errors import os_error_sentence, os_error_text


def error_of(action) -> OSError:
    with pytest.raises(OSError) as caught:
        action()
    return caught.value


def test_a_missing_file_and_a_missing_folder_are_told_apart(tmp_path):
    missing_file = error_of(lambda: (tmp_path / "zapis.pdf").read_text(encoding="utf-8"))
    assert os_error_text(missing_file) == "Soubor neexistuje"
    missing_folder = error_of(lambda: (tmp_path / "nic" / "zapis.pdf").write_text("x", encoding="utf-8"))
    assert os_error_text(missing_folder) == "Složka neexistuje"
    assert os_error_sentence(missing_folder) == f"{tmp_path / 'nic' / 'zapis.pdf'}: Složka " \
                                                "neexistuje."


def test_a_file_in_place_of_a_folder_and_a_folder_in_place_of_a_file(tmp_path):
    (tmp_path / "soubor").write_text("x", encoding="utf-8")
    not_dir = error_of(lambda: (tmp_path / "soubor" / "a.txt").write_text("x", encoding="utf-8"))
    assert os_error_text(not_dir) == "Část cesty není složka"
    is_dir = error_of(lambda: tmp_path.write_text("x", encoding="utf-8"))
    assert os_error_text(is_dir) == "Je to složka, ne soubor"


@pytest.mark.parametrize(("code", "text"), [
    (errno.EACCES, "Přístup odepřen"), (errno.EPERM, "Přístup odepřen"),
    (errno.ENOSPC, "Na disku není místo"), (errno.EROFS, "Disk je jen pro čtení"),
])
def test_the_errors_a_user_can_act_on_are_czech(code, text):
    assert os_error_text(OSError(code, "English text", "/media/usb/zapis.pdf")) == text


def test_an_unusual_error_still_says_it_is_a_system_error():
    assert os_error_text(OSError(errno.EPROTO, "Protocol error")) == \
        "Chyba systému (Protocol error)"
    sharing = OSError(errno.EACCES, "used by another process")
    sharing.winerror = 32  # what Windows says for a PDF open in a viewer
    assert os_error_text(sharing) == "Soubor je otevřený v jiném programu"
