// SPDX-License-Identifier: LGPL-2.1-or-later
//
// libfazhi from GJS (gjs -m), printing TAP. Run by meson (suite 'bindings')
// with GI_TYPELIB_PATH and LD_LIBRARY_PATH pointing at the build tree and
// G_DEBUG=fatal-warnings, so that an exception GJS would only log (one
// thrown in a signal handler) aborts the run instead of passing silently.

import Fazhi from 'gi://Fazhi';
import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import System from 'system';

const DATA = GLib.getenv('FAZHI_TEST_DATA') ??
    GLib.build_filenamev([GLib.path_get_dirname(
        GLib.filename_from_uri(import.meta.url)[0]), '..', 'data']);
const REPORTS = GLib.build_filenamev([DATA, 'reports']);

const AREAS_2015 = ['functions', 'rules', 'decisions', 'enforcement',
    'oversight', 'disputes', 'capacity', 'organization'];
const AREAS_2021 = ['functions', 'rules', 'decisions', 'enforcement',
    'emergencies', 'disputes', 'oversight', 'digital', 'leadership'];

let count = 0;
let failures = 0;

function report(name, error) {
    count++;
    if (error === null) {
        print(`ok ${count} - ${name}`);
    } else {
        failures++;
        print(`not ok ${count} - ${name}`);
        for (const line of `${error}\n${error.stack ?? ''}`.split('\n'))
            print(`# ${line}`);
    }
}

function test(name, fn) {
    try {
        fn();
        report(name, null);
    } catch (e) {
        report(name, e);
    }
}

// Runs start(done) inside a main loop; done(error?) quits it. An exception
// thrown in a callback is caught, the loop quit, and the test failed.
function testAsync(name, start) {
    const loop = new GLib.MainLoop(null, false);
    let error = null;
    let finished = false;
    const done = e => {
        if (!finished) {
            finished = true;
            error = e ?? null;
        }
        loop.quit();
    };
    const timeout = GLib.timeout_add_seconds(GLib.PRIORITY_DEFAULT, 30, () => {
        done(new Error('timed out'));
        return GLib.SOURCE_REMOVE;
    });
    try {
        start(done);
        loop.run();
    } catch (e) {
        error = e;
    }
    if (!error || error.message !== 'timed out')
        GLib.source_remove(timeout);
    report(name, error);
}

function assert(condition, message) {
    if (!condition)
        throw new Error(`assertion failed: ${message}`);
}

function assertEqual(actual, expected, message = '') {
    const a = JSON.stringify(actual);
    const e = JSON.stringify(expected);
    if (a !== e)
        throw new Error(`${message}: expected ${e}, got ${a}`);
}

function assertThrows(fn, domain, code, message = '') {
    try {
        fn();
    } catch (e) {
        if (!(e instanceof GLib.Error))
            throw e;
        assert(e.matches(domain, code),
            `${message}: wrong error ${e.domain}/${e.code}: ${e.message}`);
        return e;
    }
    throw new Error(`${message}: no error thrown`);
}

function expectation(name) {
    const [, bytes] = GLib.file_get_contents(
        GLib.build_filenamev([REPORTS, `${name}.expect.json`]));
    return JSON.parse(new TextDecoder().decode(bytes));
}

// GJS 1.74 does not make Gio.ListModel iterable yet.
function items(model) {
    const out = [];
    for (let i = 0; i < model.get_n_items(); i++)
        out.push(model.get_item(i));
    return out;
}

function fixture(name) {
    return GLib.build_filenamev([REPORTS, name]);
}

test('outline-2015 has its eight areas in order', () => {
    const catalog = Fazhi.Catalog.get_builtin('outline-2015');
    assertEqual(catalog.id, 'outline-2015');
    assertEqual(catalog.kind, Fazhi.CatalogKind.OUTLINE);
    assertEqual(items(catalog).map(e => e.slug), AREAS_2015);
    assertEqual(catalog.get_item(6).title, '全面提高政府工作人员法治思维和依法行政能力');
});

test('outline-2021 has its nine areas in order', () => {
    const catalog = Fazhi.Catalog.get_builtin('outline-2021');
    assertEqual(items(catalog).map(e => e.slug), AREAS_2021);
    assert(Fazhi.Catalog.list_builtin().includes('outline-2021'), 'listed');
});

test('capacity maps to leadership', () => {
    const older = Fazhi.Catalog.get_builtin('outline-2015');
    const newer = Fazhi.Catalog.get_builtin('outline-2021');
    assertEqual(older.map_entry('capacity', newer).slug, 'leadership');
    assertEqual(older.lookup_entry('capacity').lookup_mapping('outline-2021'),
        [true, 'leadership']);
    assertEqual(older.lookup_entry('digital'), null);
});

test('a malformed catalog throws INVALID_CATALOG naming the file', () => {
    const [fd, path] = GLib.file_open_tmp('fazhi-XXXXXX.json');
    GLib.close(fd);
    GLib.file_set_contents(path, '{"format": 1, "id": "broken", ' +
        '"kind": "outline", "title": "x", "entries": [{"ordinal": 1}]}');
    try {
        const e = assertThrows(() => Fazhi.Catalog.new_from_file(path),
            Fazhi.Error, Fazhi.Error.INVALID_CATALOG, 'catalog');
        assert(e.message.includes(path), `message names the file: ${e.message}`);
        assert(e.matches(Fazhi.error_quark(), Fazhi.Error.INVALID_CATALOG),
            'quark');
    } finally {
        GLib.unlink(path);
    }
});

function makeReport() {
    const report = new Fazhi.Report({
        is_report: true,
        agency: '江川市示例局',
        year: 2022,
        level: Fazhi.ReportLevel.DEPARTMENT,
        framework: 'outline-2021',
    });
    report.set_date_dmy(20, GLib.DateMonth.JANUARY, 2023);
    report.add_section(new Fazhi.Section({
        heading: '一、2022年主要举措和成效', level: 1, part: 'measures', line: 3,
    }));
    report.add_section(new Fazhi.Section({
        heading: '（一）健全行政执法工作体系', level: 2, part: 'measures',
        area: 'enforcement', line: 5,
    }));
    report.add_figure(new Fazhi.Figure({
        value: 75.46, unit: '亿元', kind: Fazhi.FigureKind.MONEY,
        subject: '罚没收入', line: 6,
    }));
    const target = new Fazhi.Target({
        text: '每季度开展1次执法检查', quantity: 1, unit: '次',
        period: Fazhi.Period.QUARTER, measurable: true, line: 9,
    });
    target.due = GLib.Date.new_dmy(31, GLib.DateMonth.DECEMBER, 2023);
    report.add_target(target);
    report.add_duty_evidence(new Fazhi.DutyEvidence({
        duty: 'study-sessions', text: '会前学法4次', line: 11,
    }));
    return report;
}

test('a report built in code survives a JSON round trip', () => {
    const report = makeReport();
    const text = report.to_json(Fazhi.JsonFlags.NONE);
    assertEqual(JSON.parse(text).agency, '江川市示例局');
    const back = Fazhi.Report.new_from_json(text, -1);
    for (const key of ['is_report', 'agency', 'year', 'level', 'framework'])
        assertEqual(back[key], report[key], key);
    assertEqual([back.date.get_year(), back.date.get_month(),
        back.date.get_day()], [2023, 1, 20], 'date');
    assertEqual(items(back.sections).map(s => [s.heading, s.level, s.area]),
        [['一、2022年主要举措和成效', 1, null],
            ['（一）健全行政执法工作体系', 2, 'enforcement']]);
    assertEqual(back.dup_areas(), ['enforcement']);
    const [figure] = items(back.figures);
    assertEqual([figure.value, figure.unit, figure.kind, figure.subject],
        [75.46, '亿元', Fazhi.FigureKind.MONEY, '罚没收入']);
    const [target] = items(back.targets);
    assertEqual([target.quantity, target.has_quantity, target.period,
        target.due.get_year()], [1, true, Fazhi.Period.QUARTER, 2023]);
    assertEqual(items(back.duties).map(d => [d.duty, d.line]),
        [['study-sessions', 11]]);
    assertEqual(back.to_json(Fazhi.JsonFlags.NONE), text, 'same JSON');
});

test('malformed report JSON throws INVALID_REPORT naming the key', () => {
    const e = assertThrows(() => Fazhi.Report.new_from_json(
        '{"format": 1, "sections": [{"heading": "一", "level": "one"}]}', -1),
    Fazhi.Error, Fazhi.Error.INVALID_REPORT, 'report');
    assert(e.message.includes('sections[0].level'), e.message);
});

test('reading a fixture gives its parts, areas, figures and targets', () => {
    const expect = expectation('runin');
    const report = new Fazhi.Reader().read_path(fixture('runin.txt'), null);
    assertEqual(report.agency, expect.agency);
    assertEqual(report.year, expect.year);
    assertEqual(report.framework, expect.framework);
    assertEqual(report.dup_parts(), expect.parts);
    assertEqual(report.dup_areas(), expect.areas);
    const measures = report.find_part('measures');
    assertEqual(items(report.dup_items(measures)).map(s => s.area),
        expect.areas);
    const figure = items(report.figures).find(f =>
        f.line === 17 && f.unit === '万元');
    assert(figure, 'figure on line 17');
    assertEqual([figure.value, figure.kind], [1530.2, Fazhi.FigureKind.MONEY]);
    assert(figure.subject.includes('经济损失'), figure.subject);
    assertEqual(report.targets.get_n_items(), expect.plans);
    const due = report.targets.get_item(0).due;
    assertEqual([due.get_year(), due.get_month(), due.get_day()],
        [2021, 12, 31]);
});

test('a GB18030 fixture is decoded', () => {
    const report = new Fazhi.Reader().read_path(fixture('gb18030.txt'), null);
    assertEqual(report.encoding, 'GB18030');
});

test('reader errors are exceptions', () => {
    const reader = new Fazhi.Reader();
    assertThrows(() => reader.read_path(fixture('no-such-file.txt'), null),
        Gio.IOErrorEnum, Gio.IOErrorEnum.NOT_FOUND, 'missing');
    assertThrows(() => reader.read_bytes(new GLib.Bytes(new Uint8Array(0)),
        'empty.txt'), Fazhi.ReaderError, Fazhi.ReaderError.EMPTY, 'empty');
});

function batchPaths() {
    const dir = Gio.File.new_for_path(REPORTS);
    const names = [];
    const children = dir.enumerate_children('standard::name',
        Gio.FileQueryInfoFlags.NONE, null);
    for (let info; (info = children.next_file(null));) {
        if (info.get_name().endsWith('.txt'))
            names.push(info.get_name());
    }
    names.sort();
    return [...names.map(fixture), fixture('no-such-file.txt')];
}

function watchBatch(batch) {
    const seen = {events: [], agencies: {}, failed: [], progress: []};
    batch.connect('report', (_b, index, file, rep) => {
        seen.events.push(index);
        seen.agencies[file.get_basename()] = rep.agency;
    });
    batch.connect('failed', (_b, index, file, error) => {
        seen.events.push(index);
        seen.failed.push([index, file.get_basename(),
            error.matches(Gio.IOErrorEnum, Gio.IOErrorEnum.NOT_FOUND)]);
    });
    batch.connect('progress', (_b, done, total) => {
        seen.progress.push([done, total]);
    });
    return seen;
}

function checkBatch(seen, paths) {
    const n = paths.length;
    assertEqual(seen.events, [...Array(n).keys()], 'input order');
    assertEqual(seen.progress, [...Array(n).keys()].map(i => [i + 1, n]));
    assertEqual(seen.failed, [[n - 1, 'no-such-file.txt', true]]);
    assertEqual(seen.agencies['runin.txt'], expectation('runin').agency);
}

test('a batch emits report, failed and progress in order', () => {
    const paths = batchPaths();
    assert(paths.length > 10, 'fixtures found');
    const batch = new Fazhi.Batch({reader: new Fazhi.Reader()});
    const seen = watchBatch(batch);
    assert(batch.run_paths(paths, null), 'run_paths');
    checkBatch(seen, paths);
});

testAsync('an async batch emits its signals in the main loop', done => {
    const paths = batchPaths();
    const files = new Gio.ListStore({item_type: Gio.File});
    for (const path of paths)
        files.append(Gio.File.new_for_path(path));
    const batch = new Fazhi.Batch({reader: new Fazhi.Reader(), n_workers: 2});
    const seen = watchBatch(batch);
    batch.run_async(files, null, (b, result) => {
        try {
            assert(b.run_finish(result), 'run_finish');
            checkBatch(seen, paths);
            done();
        } catch (e) {
            done(e);
        }
    });
});

testAsync('read_file_async delivers the report in the main loop', done => {
    const reader = new Fazhi.Reader();
    reader.read_file_async(Gio.File.new_for_path(fixture('runin.txt')), null,
        (r, result) => {
            try {
                const rep = r.read_file_finish(result);
                assertEqual(rep.dup_areas(), AREAS_2015);
                done();
            } catch (e) {
                done(e);
            }
        });
});

testAsync('read_file_async reports a missing file as an exception', done => {
    const reader = new Fazhi.Reader();
    reader.read_file_async(Gio.File.new_for_path(fixture('no-such-file.txt')),
        null, (r, result) => {
            try {
                assertThrows(() => r.read_file_finish(result),
                    Gio.IOErrorEnum, Gio.IOErrorEnum.NOT_FOUND, 'async');
                done();
            } catch (e) {
                done(e);
            }
        });
});


// ---------------------------------------------------------------------
// The checker

const CHECKS = GLib.build_filenamev([DATA, 'checks']);

function check(name, previous = null) {
    const reader = new Fazhi.Reader();
    const rep = reader.read_path(GLib.build_filenamev([CHECKS, name]), null);
    const prev = previous
        ? reader.read_path(GLib.build_filenamev([CHECKS, previous]), null) : null;
    return [rep, prev];
}

test('the checker reports a missing part as an error', () => {
    const [rep] = check('trigger-missing-part.txt');
    const result = new Fazhi.Checker().check(rep, null);
    const found = items(result.dup_findings_for_rule('missing-part'));
    assertEqual(found.length, 1);
    assertEqual(found[0].severity, Fazhi.Severity.ERROR);
    assertEqual(found[0].part, 'shortcomings');
    assert(result.has_errors(), 'has_errors');
    assertEqual(Array.from(result.get_summary().get_parts_missing()), ['shortcomings']);
});

test('a custom rule written in JavaScript runs and is governed by the policy', () => {
    const [rep] = check('clean-2021.txt');
    const checker = new Fazhi.Checker();
    let calls = 0;
    checker.add_rule(Fazhi.Rule.new('js-short-title', Fazhi.Severity.WARNING,
        'Titles stay short', (rule, context) => {
            calls++;
            const title = context.get_report().title ?? '';
            if (title.length > 10) {
                const finding = context.add(0, `title has ${title.length} characters`);
                finding.set_lines([1, 2]);
            }
        }));
    let result = checker.check(rep, null);
    assertEqual(calls, 1);
    const found = items(result.dup_findings_for_rule('js-short-title'));
    assertEqual(found.length, 1);
    assertEqual(Array.from(found[0].get_lines()), [1, 2]);
    assertThrows(() => checker.add_rule(Fazhi.Rule.new('js-short-title',
        Fazhi.Severity.INFO, 'twin', () => {})),
    Fazhi.Error, Fazhi.Error.INVALID_RULE, 'duplicate id');

    checker.get_policy().set_rule_mode('js-short-title', Fazhi.RuleMode.OFF);
    result = checker.check(rep, null);
    assertEqual(calls, 1);
    assertEqual(result.dup_findings_for_rule('js-short-title').get_n_items(), 0);
});

test('follow-up statuses come back with the previous report', () => {
    const [rep, prev] = check('followup-2022.txt', 'followup-2021.txt');
    const result = new Fazhi.Checker().check(rep, prev);
    const statuses = new Map(items(result.get_followup()).map(f => [f.line, f.status]));
    assertEqual(statuses.get(75), Fazhi.TargetStatus.NO_EVIDENCE);
    assertEqual(statuses.get(69), Fazhi.TargetStatus.PARTLY);
    const json = JSON.parse(result.to_json(Fazhi.JsonFlags.NONE));
    assert(json.followup.every(f => 'status' in f && 'evidence' in f), 'followup JSON');
});

print(`1..${count}`);
if (failures > 0)
    System.exit(1);
