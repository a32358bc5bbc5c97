"""The Qt binding itself must not corrupt Python's reference counts.

PySide6 6.12.0 on Python 3.11 released the bool that ``Signal.emit`` returns once too
often: after a few thousand signals the program died with "deallocating True". The
worker, the search box and every table emit signals all day, so this guards the pin.
"""

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    ping = Signal()
    carry = Signal(object)


def test_emitting_signals_keeps_reference_counts(qapp):
    emitter = _Emitter()
    received = []
    emitter.ping.connect(lambda: None)
    emitter.carry.connect(received.append)
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for i in range(2000):
        emitter.ping.emit()
        emitter.carry.emit(None)
    assert len(received) == 2000
    assert abs(sys.getrefcount(True) - true_before) < 50
    assert abs(sys.getrefcount(None) - none_before) < 50 + 2000  # the list holds 2000 Nones
