# SPDX-License-Identifier: LGPL-2.1-or-later
#
# libfazhi from Python, through GObject introspection and the override in
# bindings/python. Run by meson (suite 'bindings') with GI_TYPELIB_PATH,
# LD_LIBRARY_PATH and PYTHONPATH pointing at the build and source trees.

import datetime
import json
import os
import pathlib

import gi
import pytest

gi.require_version('Fazhi', '1.0')
from gi.repository import Fazhi, Gio, GLib  # noqa: E402

DATA = pathlib.Path(os.environ.get(
    'FAZHI_TEST_DATA', pathlib.Path(__file__).resolve().parents[1] / 'data'))
REPORTS = DATA / 'reports'
SEED = pathlib.Path(os.environ.get('FAZHI_SEED_DIR', '/nonexistent')) \
    / '000_c85088f75cc5e253.txt'

AREAS_2015 = ['functions', 'rules', 'decisions', 'enforcement', 'oversight',
              'disputes', 'capacity', 'organization']
AREAS_2021 = ['functions', 'rules', 'decisions', 'enforcement',
              'emergencies', 'disputes', 'oversight', 'digital', 'leadership']


def expectation(name):
    with open(REPORTS / (name + '.expect.json'), encoding='utf-8') as f:
        return json.load(f)


def run_loop(start, timeout=30):
    """Runs a main loop until start(quit) calls quit; fails on timeout."""
    loop = GLib.MainLoop()
    timed_out = []

    def on_timeout():
        timed_out.append(True)
        loop.quit()
        return GLib.SOURCE_REMOVE

    source = GLib.timeout_add_seconds(timeout, on_timeout)
    start(loop.quit)
    loop.run()
    if not timed_out:
        GLib.source_remove(source)
    assert not timed_out, 'the main loop timed out'


# Catalogs

def test_the_override_is_loaded():
    assert Fazhi.Report.__module__ == 'gi.overrides.Fazhi'


def test_builtin_catalogs_are_listed():
    ids = Fazhi.Catalog.list_builtin()
    assert 'outline-2015' in ids and 'outline-2021' in ids


@pytest.mark.parametrize('catalog_id, slugs', [
    ('outline-2015', AREAS_2015),
    ('outline-2021', AREAS_2021),
])
def test_outline_areas_in_order(catalog_id, slugs):
    catalog = Fazhi.Catalog.get_builtin(catalog_id)
    assert catalog.get_id() == catalog_id
    assert catalog.get_kind() == Fazhi.CatalogKind.OUTLINE
    assert len(catalog) == len(slugs)
    assert [entry.get_slug() for entry in catalog] == slugs
    assert [catalog[i].props.ordinal for i in range(len(slugs))] \
        == list(range(1, len(slugs) + 1))
    assert all(entry.get_title() for entry in catalog)


def test_catalog_by_slug():
    catalog = Fazhi.Catalog.get_builtin('outline-2015')
    assert catalog['capacity'].get_title() == '全面提高政府工作人员法治思维和依法行政能力'
    assert catalog[-1].get_slug() == 'organization'
    assert [e.get_slug() for e in catalog[1:3]] == ['rules', 'decisions']
    assert 'disputes' in catalog
    assert 'digital' not in catalog
    assert catalog[0] in catalog
    with pytest.raises(KeyError):
        catalog['digital']
    with pytest.raises(IndexError):
        catalog[8]
    assert catalog.lookup_entry('digital') is None


def test_map_between_outlines():
    old = Fazhi.Catalog.get_builtin('outline-2015')
    new = Fazhi.Catalog.get_builtin('outline-2021')
    assert old.map_entry('capacity', new).get_slug() == 'leadership'
    assert old.map_entry('functions', new).get_slug() == 'functions'
    found, slug = old['capacity'].lookup_mapping('outline-2021')
    assert found and slug == 'leadership'


def test_repr():
    catalog = Fazhi.Catalog.get_builtin('outline-2015')
    assert repr(catalog) == '<Fazhi.Catalog outline-2015 outline, 8 entries>'
    assert repr(catalog['rules']) == '<Fazhi.CatalogEntry rules 完善依法行政制度体系>'
    figure = Fazhi.Figure.new(75.46, '亿元', Fazhi.FigureKind.MONEY)
    figure.set_line(17)
    assert repr(figure) == '<Fazhi.Figure 75.46 亿元 money line 17>'
    assert repr(Fazhi.DutyEvidence.new('study-sessions', '…', 51)) \
        == '<Fazhi.DutyEvidence study-sessions line 51>'
    assert repr(Fazhi.Policy.new()).startswith('<Fazhi.Policy ')


def test_malformed_catalog_names_the_file(tmp_path):
    path = tmp_path / 'broken-catalog.json'
    path.write_text(json.dumps({
        'format': 1, 'id': 'broken', 'kind': 'outline', 'title': '残缺',
        'entries': [{'ordinal': 1, 'title': '依法全面履行政府职能'}],
    }, ensure_ascii=False), encoding='utf-8')
    with pytest.raises(GLib.Error) as info:
        Fazhi.Catalog.new_from_file(str(path))
    assert info.value.domain == GLib.quark_to_string(Fazhi.error_quark())
    assert info.value.code == Fazhi.Error.INVALID_CATALOG
    assert info.value.matches(Fazhi.error_quark(), Fazhi.Error.INVALID_CATALOG)
    assert str(path) in info.value.message
    assert 'slug' in info.value.message


# Reports built in code and JSON

def make_report():
    report = Fazhi.Report(is_report=True, agency='江川市示例局', year=2022,
                          level=Fazhi.ReportLevel.DEPARTMENT,
                          framework='outline-2021',
                          title='关于2022年度法治政府建设情况的报告')
    report.date_py = datetime.date(2023, 1, 20)

    part = Fazhi.Section.new('一、2022年主要举措和成效', 1)
    part.props.part = 'measures'
    part.props.line = 3
    area = Fazhi.Section(heading='（一）健全行政执法工作体系', level=2,
                         part='measures', area='enforcement', area_score=0.8,
                         line=5, body='开展案卷评查240卷。', body_line=6)
    report.add_section(part)
    report.add_section(area)

    figure = Fazhi.Figure.new(240, '卷', Fazhi.FigureKind.COUNT)
    figure.set_subject('案卷评查')
    figure.set_qualifier(Fazhi.FigureQualifier.AT_LEAST)
    figure.set_line(6)
    report.add_figure(figure)

    target = Fazhi.Target.new('每季度开展1次执法检查')
    target.set_quantity(1)
    target.set_unit('次')
    target.set_period(Fazhi.Period.QUARTER)
    target.set_measurable(True)
    target.due_py = datetime.date(2023, 12, 31)
    target.set_line(9)
    report.add_target(target)

    report.add_duty_evidence(Fazhi.DutyEvidence.new('study-sessions',
                                                    '党组会议会前学法4次', 11))
    return report


def test_report_json_round_trip():
    report = make_report()
    text = report.to_json()
    assert json.loads(text)['agency'] == '江川市示例局'
    assert '\n' not in text and '\n' in report.to_json(pretty=True)
    assert report.to_json(Fazhi.JsonFlags.PRETTY) \
        == report.to_json(pretty=True)

    back = Fazhi.Report.from_json(text)
    assert isinstance(back, Fazhi.Report)
    for name in ('is_report', 'agency', 'year', 'level', 'framework',
                 'title'):
        assert back.get_property(name) == report.get_property(name), name
    assert back.date_py == datetime.date(2023, 1, 20)
    assert back.get_date().get_day() == 20  # the GLib.Date API still works

    assert [(s.props.heading, s.props.level, s.props.part, s.props.area,
             s.props.line) for s in back.props.sections] == [
        ('一、2022年主要举措和成效', 1, 'measures', None, 3),
        ('（一）健全行政执法工作体系', 2, 'measures', 'enforcement', 5)]
    assert back.props.sections[1].props.body == '开展案卷评查240卷。'
    assert back.props.sections[1].props.area_score == pytest.approx(0.8)
    assert back.dup_areas() == ['enforcement']
    assert back.dup_parts() == ['measures']
    assert back.find_part('measures').props.heading == '一、2022年主要举措和成效'

    (figure,) = back.props.figures
    assert (figure.props.value, figure.props.unit, figure.props.kind,
            figure.props.qualifier, figure.props.subject, figure.props.line) \
        == (240, '卷', Fazhi.FigureKind.COUNT, Fazhi.FigureQualifier.AT_LEAST,
            '案卷评查', 6)

    (target,) = back.props.targets
    assert target.props.has_quantity and target.props.quantity == 1
    assert target.props.period == Fazhi.Period.QUARTER
    assert target.props.measurable
    assert target.due_py == datetime.date(2023, 12, 31)

    (duty,) = back.props.duties
    assert (duty.props.duty, duty.props.text, duty.props.line) \
        == ('study-sessions', '党组会议会前学法4次', 11)

    assert back.to_json() == text


def test_save_json_and_load_file(tmp_path):
    report = make_report()
    path = tmp_path / 'report.json'
    assert report.save_json(path, pretty=True)
    back = Fazhi.Report.new_from_json_file(str(path))
    assert back.to_json() == report.to_json()


def test_date_helpers_accept_none():
    report = Fazhi.Report.new()
    assert report.date_py is None and report.get_date() is None
    report.date_py = datetime.date(2021, 1, 28)
    assert report.props.date.get_month() == GLib.DateMonth.JANUARY
    report.date_py = None
    assert report.get_date() is None
    with pytest.raises(TypeError):
        report.date_py = '2021-01-28'


def test_malformed_report_json_names_the_key():
    text = json.dumps({'format': 1, 'sections': [
        {'heading': '一、主要举措', 'level': 'one'}]}, ensure_ascii=False)
    with pytest.raises(GLib.Error) as info:
        Fazhi.Report.from_json(text)
    assert info.value.matches(Fazhi.error_quark(), Fazhi.Error.INVALID_REPORT)
    assert 'sections[0].level' in info.value.message


def test_invalid_json_is_its_own_error():
    with pytest.raises(GLib.Error) as info:
        Fazhi.Report.from_json('{"format": 1,')
    assert info.value.matches(Fazhi.error_quark(), Fazhi.Error.INVALID_JSON)


# Reading fixtures

@pytest.fixture(scope='module')
def runin():
    return Fazhi.Reader.new().read_path(str(REPORTS / 'runin.txt'), None)


def test_read_fixture_header(runin):
    expect = expectation('runin')
    assert runin.props.is_report
    assert runin.props.agency == expect['agency']
    assert runin.props.year == expect['year']
    assert runin.date_py == datetime.date.fromisoformat(expect['date'])
    assert runin.props.framework == expect['framework']
    assert runin.props.encoding == 'UTF-8'
    assert runin.get_document().props.encoding == 'UTF-8'


def test_walk_sections(runin):
    expect = expectation('runin')
    assert runin.dup_parts() == expect['parts']
    assert runin.dup_areas() == expect['areas']
    tops = runin.dup_items(None)
    assert [s.props.part for s in tops] == expect['parts']
    measures = runin.find_part('measures')
    areas = [s.props.area for s in runin.dup_items(measures)]
    assert areas == expect['areas']
    headed = [s for s in runin.props.sections if s.props.area]
    assert [s.props.heading for s in headed][0] == '依法全面履行政府职能'
    lines = [s.props.line for s in runin.props.sections]
    assert lines == sorted(lines)


def test_known_figure(runin):
    # runin.expect.json: line 17, 1530.2 万元, money, subject 经济损失
    matches = [f for f in runin.props.figures
               if f.props.line == 17
               and f.props.value == pytest.approx(1530.2)]
    assert len(matches) == 1
    (figure,) = matches
    assert figure.props.unit == '万元'
    assert figure.props.kind == Fazhi.FigureKind.MONEY
    assert '经济损失' in figure.props.subject
    assert repr(figure) == '<Fazhi.Figure 1530.2 万元 money line 17>'


def test_all_expected_figures(runin):
    for want in expectation('runin')['figures']:
        found = [f for f in runin.props.figures
                 if f.props.line == want['line']
                 and f.props.value == pytest.approx(want['value'])
                 and f.props.unit == want['unit']
                 and f.props.kind.value_nick == want['kind']
                 and want['subject'] in (f.props.subject or '')]
        assert found, want


def test_targets(runin):
    expect = expectation('runin')
    targets = list(runin.props.targets)
    assert len(targets) == expect['plans']
    for target, want in zip(targets, expect['targets']):
        if 'quantity' in want:
            if want['quantity'] is None:
                assert not target.props.has_quantity
            else:
                assert target.props.quantity == want['quantity']
        if 'unit' in want:
            assert target.props.unit == want['unit']
        if 'due' in want:
            due = want['due'] and datetime.date.fromisoformat(want['due'])
            assert target.due_py == due
        if 'period' in want:
            assert target.props.period.value_nick == want['period']
        if 'owner' in want:
            assert want['owner'] in target.props.owner
        assert target.props.measurable == want['measurable']


def test_duties(runin):
    found = {d.props.duty for d in runin.props.duties}
    assert set(expectation('runin')['duties']) <= found


def test_reader_read_dispatches():
    reader = Fazhi.Reader.new()
    path = REPORTS / 'runin.txt'
    agency = expectation('runin')['agency']
    assert reader.read(path).props.agency == agency
    assert reader.read(str(path)).props.agency == agency
    assert reader.read(path.read_bytes(), 'runin.txt').props.agency == agency
    assert reader.read(Gio.File.new_for_path(str(path))).props.agency == agency
    assert reader.read_text(path.read_text(encoding='utf-8')).props.agency \
        == agency
    with pytest.raises(TypeError):
        reader.read(42)


def test_gb18030_fixture():
    report = Fazhi.Reader.new().read(REPORTS / 'gb18030.txt')
    assert report.props.encoding == 'GB18030'
    assert report.props.agency == expectation('gb18030')['agency']


def test_missing_file_raises_not_found(tmp_path):
    missing = tmp_path / 'nope.txt'
    with pytest.raises(GLib.Error) as info:
        Fazhi.Reader.new().read_path(str(missing), None)
    assert info.value.matches(Gio.io_error_quark(), Gio.IOErrorEnum.NOT_FOUND)
    assert str(missing) in info.value.message


def test_empty_file_raises_empty(tmp_path):
    empty = tmp_path / 'empty.txt'
    empty.write_bytes(b'')
    with pytest.raises(GLib.Error) as info:
        Fazhi.Reader.new().read(empty)
    assert info.value.matches(Fazhi.reader_error_quark(),
                              Fazhi.ReaderError.EMPTY)
    assert 'empty.txt' in info.value.message


# Batches and async reads

def connect_batch(batch):
    seen = {'events': [], 'reports': [], 'failed': [], 'progress': []}

    def on_report(batch, index, file, report):
        seen['events'].append(index)
        seen['reports'].append((index, file.get_path(), report))

    def on_failed(batch, index, file, error):
        seen['events'].append(index)
        seen['failed'].append((index, file.get_path(), error))

    batch.connect('report', on_report)
    batch.connect('failed', on_failed)
    batch.connect('progress', lambda b, done, total:
                  seen['progress'].append((done, total)))
    return seen


def check_batch(seen, paths, bad):
    n = len(paths)
    # One signal per file, in input order, each followed by progress.
    assert seen['events'] == list(range(n))
    assert seen['progress'] == [(i, n) for i in range(1, n + 1)]
    got = sorted(seen['reports'] + seen['failed'], key=lambda x: x[0])
    assert [p for _, p, _ in got] == [str(p) for p in paths]
    assert [(i, p) for i, p, _ in seen['failed']] == [(n - 1, str(bad))]
    error = seen['failed'][0][2]
    assert error.matches(Gio.io_error_quark(), Gio.IOErrorEnum.NOT_FOUND)
    by_name = {pathlib.Path(p).name: r for _, p, r in seen['reports']}
    assert by_name['runin.txt'].props.agency == expectation('runin')['agency']
    assert by_name['gb18030.txt'].props.encoding == 'GB18030'


def test_batch_run_paths(tmp_path):
    fixtures = sorted(REPORTS.glob('*.txt'))
    assert len(fixtures) >= 10
    bad = tmp_path / 'missing.txt'
    paths = fixtures + [bad]
    batch = Fazhi.Batch.new(Fazhi.Reader.new())
    seen = connect_batch(batch)
    # any iterable of os.PathLike works, here a generator
    assert batch.run_paths(p for p in paths)
    check_batch(seen, paths, bad)


def test_batch_run_async(tmp_path):
    fixtures = sorted(REPORTS.glob('*.txt'))
    bad = tmp_path / 'missing.txt'
    paths = fixtures + [bad]
    files = Gio.ListStore.new(Gio.File)
    for p in paths:
        files.append(Gio.File.new_for_path(str(p)))
    batch = Fazhi.Batch(reader=Fazhi.Reader.new(), n_workers=2)
    seen = connect_batch(batch)
    result = []

    def start(quit):
        def done(batch, res):
            try:
                result.append(batch.run_finish(res))
            finally:
                quit()
        batch.run_async(files, None, done)

    run_loop(start)
    assert result == [True]
    check_batch(seen, paths, bad)


def test_read_file_async():
    result = []

    def start(quit):
        def done(reader, res, user_data):
            try:
                result.append((reader.read_file_finish(res), user_data))
            finally:
                quit()
        Fazhi.Reader.new().read_file_async(
            Gio.File.new_for_path(str(REPORTS / 'runin.txt')), None, done,
            'ud')

    run_loop(start)
    ((report, user_data),) = result
    assert user_data == 'ud'
    assert report.props.agency == expectation('runin')['agency']
    assert report.dup_areas() == AREAS_2015


def test_read_file_async_error(tmp_path):
    errors = []

    def start(quit):
        def done(reader, res):
            try:
                reader.read_file_finish(res)
            except GLib.Error as e:
                errors.append(e)
            finally:
                quit()
        Fazhi.Reader.new().read_file_async(
            Gio.File.new_for_path(str(tmp_path / 'nope.txt')), None, done)

    run_loop(start)
    (error,) = errors
    assert error.matches(Gio.io_error_quark(), Gio.IOErrorEnum.NOT_FOUND)


# The user's seed report

@pytest.mark.skipif(not SEED.exists(), reason='seed report not present')
def test_seed_report():
    report = Fazhi.Reader.new().read(SEED)
    assert report.props.is_report
    assert report.props.agency == '重庆市渝北区科学技术局'
    assert report.props.year == 2020
    assert report.date_py == datetime.date(2021, 1, 28)
    assert report.dup_areas() == AREAS_2015


# ---------------------------------------------------------------------
# The checker

CHECKS = DATA / 'checks'


def test_checker_findings_and_summary():
    reader = Fazhi.Reader.new()
    report = reader.read(str(CHECKS / 'trigger-missing-part.txt'))
    result = Fazhi.Checker.new(None).check(report, None)
    rules = [f.props.rule for f in result.get_findings()]
    assert 'missing-part' in rules
    finding = next(f for f in result.get_findings() if f.props.rule == 'missing-part')
    assert finding.props.severity == Fazhi.Severity.ERROR
    assert finding.props.part == 'shortcomings'
    assert result.has_errors()
    summary = result.get_summary()
    assert list(summary.get_parts_missing()) == ['shortcomings']
    assert 0 <= summary.props.score <= 100
    data = json.loads(result.to_json(Fazhi.JsonFlags.NONE))
    assert {'file', 'findings', 'followup', 'summary'} <= set(data)


def test_checker_custom_rule_and_policy():
    report = Fazhi.Reader.new().read(str(CHECKS / 'clean-2021.txt'))
    calls = []

    def overlong_headings(rule, context):
        calls.append(rule.props.id)
        for section in context.get_report().get_sections():
            if len(section.props.heading or '') > 20:
                finding = context.add(section.props.line, 'heading longer than 20 characters')
                finding.set_lines([section.props.line, section.props.end_line])

    checker = Fazhi.Checker.new(None)
    checker.add_rule(Fazhi.Rule.new('long-heading', Fazhi.Severity.WARNING,
                                    'Headings stay short', overlong_headings))
    with pytest.raises(GLib.Error) as raised:
        checker.add_rule(Fazhi.Rule.new('long-heading', Fazhi.Severity.INFO, 'twin', overlong_headings))
    assert raised.value.matches(Fazhi.error_quark(), Fazhi.Error.INVALID_RULE)

    result = checker.check(report, None)
    assert calls == ['long-heading']
    found = list(result.dup_findings_for_rule('long-heading'))
    assert found and all(f.props.severity == Fazhi.Severity.WARNING for f in found)
    assert all(len(f.get_lines()) == 2 for f in found)

    # The policy governs custom rules by id, like the built-in ones.
    checker.get_policy().set_rule_mode('long-heading', Fazhi.RuleMode.ERROR)
    result = checker.check(report, None)
    assert all(f.props.severity == Fazhi.Severity.ERROR for f in result.dup_findings_for_rule('long-heading'))
    checker.get_policy().set_rule_mode('long-heading', Fazhi.RuleMode.OFF)
    assert len(checker.check(report, None).dup_findings_for_rule('long-heading')) == 0


def test_checker_followup():
    reader = Fazhi.Reader.new()
    report = reader.read(str(CHECKS / 'followup-2022.txt'))
    previous = reader.read(str(CHECKS / 'followup-2021.txt'))
    result = Fazhi.Checker.new(None).check(report, previous)
    statuses = {item.props.line: item.props.status for item in result.get_followup()}
    assert statuses[75] == Fazhi.TargetStatus.NO_EVIDENCE
    assert statuses[69] == Fazhi.TargetStatus.PARTLY
    rules = {f.props.rule for f in result.get_findings()}
    assert {'target-not-followed-up', 'recurring-shortcoming'} <= rules
    assert result.get_summary().props.followup_rate > 0


def test_checker_local_deadline(tmp_path):
    policy_file = tmp_path / 'local.json'
    policy_file.write_text(json.dumps({
        'format': 1, 'name': 'local',
        'deadlines': {'department': {'report': {'by': '01-05'}}}}))
    policy = Fazhi.Policy.new_from_file(str(policy_file))
    report = Fazhi.Reader.new().read(str(CHECKS / 'clean-2021.txt'))
    result = Fazhi.Checker.new(policy).check(report, None)
    late = list(result.dup_findings_for_rule('late-report'))
    assert len(late) == 1 and late[0].props.severity == Fazhi.Severity.ERROR
    with pytest.raises(GLib.Error) as raised:
        policy_file.write_text('{"format": 1, "name": "bad", "rules": {"late-report": "loud"}}')
        Fazhi.Policy.new_from_file(str(policy_file))
    assert raised.value.matches(Fazhi.error_quark(), Fazhi.Error.INVALID_POLICY)
    assert 'rules.late-report' in raised.value.message


def test_checker_async():
    report = Fazhi.Reader.new().read(str(CHECKS / 'clean-2021.txt'))
    checker = Fazhi.Checker.new(None)
    results = []

    def start(quit):
        def done(source, async_result):
            results.append(source.check_finish(async_result))
            quit()
        checker.check_async(report, None, None, done)

    run_loop(start)
    assert len(results) == 1
    assert not results[0].has_errors()
