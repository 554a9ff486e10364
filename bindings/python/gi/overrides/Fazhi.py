# SPDX-License-Identifier: LGPL-2.1-or-later
#
# PyGObject override for libfazhi: Python conveniences over the C API.
# Nothing here reimplements the library; every helper calls the C method
# that does the work, and the C API stays callable as it is.

import datetime
import os

from gi.repository import Gio, GLib

from ..module import get_introspection_module
from ..overrides import override

Fazhi = get_introspection_module('Fazhi')

__all__ = []


def _number(value):
    # 682.0 reads better as 682; 75.46 stays as it is.
    return int(value) if float(value).is_integer() else value


def _short(text, limit=16):
    if text is None:
        return None
    return text if len(text) <= limit else text[:limit] + '…'


def _count(n, one, many=None):
    return '%d %s' % (n, one if n == 1 else many or one + 's')


def _date_to_py(gdate):
    if gdate is None or not gdate.valid():
        return None
    return datetime.date(gdate.get_year(), int(gdate.get_month()),
                         gdate.get_day())


def _date_from_py(value):
    if value is None:
        return None
    if isinstance(value, GLib.Date):
        return value
    if not isinstance(value, datetime.date):
        raise TypeError('expected a datetime.date, a GLib.Date or None, '
                        'not %s' % type(value).__name__)
    return GLib.Date.new_dmy(value.day, GLib.DateMonth(value.month),
                             value.year)


def _json_flags(flags, pretty, include_text):
    flags = Fazhi.JsonFlags(flags or 0)
    if pretty:
        flags |= Fazhi.JsonFlags.PRETTY
    if include_text:
        flags |= Fazhi.JsonFlags.INCLUDE_TEXT
    return flags


class Catalog(Fazhi.Catalog):
    """A catalog is a list model of entries; it can also be indexed by slug.

    ``catalog[0]`` and ``catalog['functions']`` both give an entry; a slug
    the catalog lacks raises KeyError. ``'functions' in catalog`` tests for
    a slug.
    """

    def __repr__(self):
        return '<Fazhi.Catalog %s %s, %s>' % (
            self.get_id(), self.get_kind().value_nick,
            _count(self.get_n_items(), 'entry', 'entries'))

    def __getitem__(self, key):
        if isinstance(key, str):
            entry = self.lookup_entry(key)
            if entry is None:
                raise KeyError(key)
            return entry
        return super().__getitem__(key)

    def __contains__(self, item):
        if isinstance(item, str):
            return self.lookup_entry(item) is not None
        return super().__contains__(item)


Catalog = override(Catalog)
__all__.append('Catalog')


class CatalogEntry(Fazhi.CatalogEntry):

    def __repr__(self):
        return '<Fazhi.CatalogEntry %s %s>' % (self.get_slug(),
                                               self.get_title())


CatalogEntry = override(CatalogEntry)
__all__.append('CatalogEntry')


class Policy(Fazhi.Policy):

    def __repr__(self):
        return '<Fazhi.Policy %s>' % self.get_name()


Policy = override(Policy)
__all__.append('Policy')


class Report(Fazhi.Report):
    """A report, with Python conveniences.

    ``date_py`` reads and writes the signing date as a ``datetime.date``
    (or None); ``get_date()``/``set_date()`` keep working with GLib.Date.
    """

    def __repr__(self):
        parts = [self.get_agency() or '(no agency)']
        if self.get_year():
            parts.append(str(self.get_year()))
        if self.get_framework():
            parts.append(self.get_framework())
        parts.append(', '.join((
            _count(self.get_sections().get_n_items(), 'section'),
            _count(self.get_figures().get_n_items(), 'figure'),
            _count(self.get_targets().get_n_items(), 'target'))))
        return '<Fazhi.Report %s>' % ' '.join(parts)

    @classmethod
    def from_json(cls, text):
        """Reads a report from JSON text (a str); raises GLib.Error."""
        # -1: the C length counts bytes, not characters.
        return cls.new_from_json(text, -1)

    def to_json(self, flags=None, *, pretty=False, include_text=False):
        """Returns the report as JSON text.

        Either pass Fazhi.JsonFlags, as in C, or the keywords.
        """
        return super().to_json(_json_flags(flags, pretty, include_text))

    def save_json(self, path, flags=None, *, pretty=False,
                  include_text=False):
        """Writes the report as JSON to path (str or os.PathLike)."""
        return super().save_json(os.fspath(path),
                                 _json_flags(flags, pretty, include_text))

    @property
    def date_py(self):
        return _date_to_py(self.get_date())

    @date_py.setter
    def date_py(self, value):
        self.set_date(_date_from_py(value))


Report = override(Report)
__all__.append('Report')


class Section(Fazhi.Section):

    def __repr__(self):
        where = '/'.join(x for x in (self.get_part(), self.get_area()) if x)
        return '<Fazhi.Section level %d%s "%s" line %d>' % (
            self.get_level(), ' ' + where if where else '',
            _short(self.get_heading()) or '', self.get_line())


Section = override(Section)
__all__.append('Section')


class Figure(Fazhi.Figure):

    def __repr__(self):
        words = [str(_number(self.get_value()))]
        if self.get_unit():
            words.append(self.get_unit())
        words.append(self.get_kind().value_nick)
        words.append('line %d' % self.get_line())
        return '<Fazhi.Figure %s>' % ' '.join(words)


Figure = override(Figure)
__all__.append('Figure')


class Target(Fazhi.Target):
    """A target, with ``due_py`` as a ``datetime.date`` (or None)."""

    def __repr__(self):
        words = ['"%s"' % (_short(self.get_text()) or '')]
        if self.get_has_quantity():
            words.append('%s%s' % (_number(self.get_quantity()),
                                   self.get_unit() or ''))
        due = self.due_py
        if due is not None:
            words.append('due %s' % due.isoformat())
        words.append('line %d' % self.get_line())
        return '<Fazhi.Target %s>' % ' '.join(words)

    @property
    def due_py(self):
        return _date_to_py(self.get_due())

    @due_py.setter
    def due_py(self, value):
        self.set_due(_date_from_py(value))


Target = override(Target)
__all__.append('Target')


class DutyEvidence(Fazhi.DutyEvidence):

    def __repr__(self):
        return '<Fazhi.DutyEvidence %s line %d>' % (self.get_duty(),
                                                    self.get_line())


DutyEvidence = override(DutyEvidence)
__all__.append('DutyEvidence')


class Reader(Fazhi.Reader):

    def read(self, source, name=None, cancellable=None):
        """Reads a report from a path, bytes or a Gio.File.

        A str or os.PathLike is a path (read_path); bytes, bytearray,
        memoryview or GLib.Bytes are the file's content (read_bytes, with
        name used in messages); a Gio.File goes to read_file. Text that is
        already decoded goes to read_text. Raises GLib.Error.
        """
        if isinstance(source, (str, os.PathLike)):
            return self.read_path(os.fspath(source), cancellable)
        if isinstance(source, (bytes, bytearray, memoryview)):
            source = GLib.Bytes.new(bytes(source))
        if isinstance(source, GLib.Bytes):
            return self.read_bytes(source, name)
        if isinstance(source, Gio.File):
            return self.read_file(source, cancellable)
        raise TypeError('expected a path, bytes or a Gio.File, not %s'
                        % type(source).__name__)

    def read_text(self, text, length=-1):
        # -1: the C length counts bytes, so len(text) would cut Chinese text.
        return super().read_text(text, length)


Reader = override(Reader)
__all__.append('Reader')


class Batch(Fazhi.Batch):

    def run_paths(self, paths, cancellable=None):
        """Like the C method; paths is any iterable of str or os.PathLike."""
        return super().run_paths([os.fspath(p) for p in paths], cancellable)


Batch = override(Batch)
__all__.append('Batch')
