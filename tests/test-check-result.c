/* test-check-result.c: findings, follow-up, summaries and check results
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The checker is not involved: results are built with the private API the
 * checker uses, so that what a user reads (order, lines, JSON) is tested
 * on its own.
 */

#include <string.h>

#include "fazhi.h"
#include "fazhi-checker-private.h"

#include "fazhi-test.h"

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
count_items_changed (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     guint      *count)
{
  (*count)++;
}

/* Asserts that @lines (of @n) are exactly the 0-terminated @expected. */
static void
assert_lines (const guint *lines,
              guint        n,
              const guint *expected)
{
  guint n_expected = 0;

  while (expected[n_expected] != 0)
    n_expected++;

  ck_assert_uint_eq (n, n_expected);
  if (n == 0)
    {
      ck_assert_ptr_null (lines);
      return;
    }
  ck_assert_ptr_nonnull (lines);
  for (guint i = 0; i < n; i++)
    ck_assert_msg (lines[i] == expected[i], "line %u: %u, expected %u", i, lines[i], expected[i]);
}

static FazhiFinding *
make_finding (const char   *rule,
              FazhiSeverity severity,
              guint         line,
              const char   *message)
{
  FazhiFinding *finding = fazhi_finding_new (rule, severity, message);

  fazhi_finding_set_line (finding, line);
  return finding;
}

static void
add_finding (FazhiCheckResult *result,
             FazhiFinding     *finding)
{
  _fazhi_check_result_add_finding (result, finding);
  g_object_unref (finding);
}

static FazhiFinding *
finding_at (FazhiCheckResult *result,
            guint             position)
{
  GListModel   *findings = fazhi_check_result_get_findings (result);
  FazhiFinding *finding = g_list_model_get_item (findings, position);

  /* The result keeps it alive for the length of the test. */
  g_object_unref (finding);
  return finding;
}

/* A result as the checker would make it of a report checked against last
 * year's, with every kind of value present somewhere and absent elsewhere. */
static FazhiCheckResult *
make_result (void)
{
  static const char * const parts_present[] = { "measures", "shortcomings", NULL };
  static const char * const parts_missing[] = { "plans", NULL };
  static const char * const areas_covered[] = { "functions", "enforcement", NULL };
  static const char * const duties_evidenced[] = { "study", NULL };
  static const guint        repeated[] = { 40, 12 };
  static const guint        evidence[] = { 7, 9 };
  FazhiCheckResult         *result = _fazhi_check_result_new ("临河区水务局2021年法治政府建设报告.txt");
  g_autoptr (FazhiFinding)  copied = make_finding ("repeated-passage", FAZHI_SEVERITY_WARNING, 12,
                                                   "与上一年度报告第 40 行相同");
  g_autoptr (FazhiFollowup) met = fazhi_followup_new (FAZHI_FOLLOWUP_KIND_TARGET,
                                                      "每年至少开展2次法治宣传进机关活动。", 11);
  g_autoptr (FazhiFollowup) unknown = fazhi_followup_new (FAZHI_FOLLOWUP_KIND_SHORTCOMING, "普法形式单一。", 10);
  g_autoptr (FazhiSummary)  summary = NULL;

  fazhi_finding_set_lines (copied, repeated, G_N_ELEMENTS (repeated));
  fazhi_finding_set_part (copied, "measures");
  fazhi_finding_set_area (copied, "functions");
  _fazhi_check_result_add_finding (result, copied);
  add_finding (result, fazhi_finding_new ("parts-missing", FAZHI_SEVERITY_ERROR, "缺少“下一年度工作安排”部分"));
  add_finding (result, make_finding ("vague-target", FAZHI_SEVERITY_INFO, 3, "目标无法衡量"));

  fazhi_followup_set_heading (met, "一是加强普法宣传");
  fazhi_followup_set_status (met, FAZHI_TARGET_STATUS_MET);
  fazhi_followup_set_evidence_lines (met, evidence, G_N_ELEMENTS (evidence));
  _fazhi_check_result_add_followup (result, met);
  _fazhi_check_result_add_followup (result, unknown);

  summary = _fazhi_summary_new (parts_present, parts_missing, areas_covered, NULL, duties_evidenced, NULL,
                                4, 3, 0.75, 1, 1, 1, 72.5);
  _fazhi_check_result_set_summary (result, summary);
  _fazhi_check_result_sort (result);

  return result;
}

/* ------------------------------------------------------------------ */
/* Findings, follow-up and summaries                                   */
/* ------------------------------------------------------------------ */

START_TEST (test_finding_new)
{
  g_autoptr (FazhiFinding) finding = fazhi_finding_new ("parts-missing", FAZHI_SEVERITY_ERROR, "缺少部分");
  g_autofree char         *rule = NULL;
  g_autofree char         *message = NULL;
  FazhiSeverity            severity = FAZHI_SEVERITY_INFO;
  GParamSpec              *pspec;
  guint                    n = 1;

  ck_assert_str_eq (fazhi_finding_get_rule (finding), "parts-missing");
  ck_assert_int_eq (fazhi_finding_get_severity (finding), FAZHI_SEVERITY_ERROR);
  ck_assert_str_eq (fazhi_finding_get_message (finding), "缺少部分");
  ck_assert_uint_eq (fazhi_finding_get_line (finding), 0);
  ck_assert_ptr_null (fazhi_finding_get_part (finding));
  ck_assert_ptr_null (fazhi_finding_get_area (finding));
  ck_assert_ptr_null (fazhi_finding_get_lines (finding, &n));
  ck_assert_uint_eq (n, 0);

  g_object_get (finding, "rule", &rule, "message", &message, "severity", &severity, NULL);
  ck_assert_str_eq (rule, "parts-missing");
  ck_assert_str_eq (message, "缺少部分");
  ck_assert_int_eq (severity, FAZHI_SEVERITY_ERROR);

  /* What a finding is stays what it is; only how much it matters and
   * where it is can change. */
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (finding), "rule");
  ck_assert (pspec->flags & G_PARAM_CONSTRUCT_ONLY);
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (finding), "message");
  ck_assert (pspec->flags & G_PARAM_CONSTRUCT_ONLY);
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (finding), "severity");
  ck_assert (!(pspec->flags & G_PARAM_CONSTRUCT_ONLY) && (pspec->flags & G_PARAM_WRITABLE));
  ck_assert_ptr_null (g_object_class_find_property (G_OBJECT_GET_CLASS (finding), "lines"));

  g_object_set (finding, "line", 12, "part", "plans", "area", "functions", NULL);
  ck_assert_uint_eq (fazhi_finding_get_line (finding), 12);
  ck_assert_str_eq (fazhi_finding_get_part (finding), "plans");
  ck_assert_str_eq (fazhi_finding_get_area (finding), "functions");
  fazhi_finding_set_part (finding, NULL);
  ck_assert_ptr_null (fazhi_finding_get_part (finding));
}
END_TEST

START_TEST (test_finding_lines)
{
  g_autoptr (FazhiFinding) finding = fazhi_finding_new ("repeated-passage", FAZHI_SEVERITY_WARNING, "重复");
  static const guint       others[] = { 30, 12, 30, 0, 7 };
  const guint             *lines;
  guint                    n;

  /* Just the line when no others were given. */
  fazhi_finding_set_line (finding, 12);
  lines = fazhi_finding_get_lines (finding, &n);
  assert_lines (lines, n, (const guint[]){ 12, 0 });

  /* The line first, then the others once each, in their order; 0 is not
   * a line. */
  fazhi_finding_set_lines (finding, others, G_N_ELEMENTS (others));
  lines = fazhi_finding_get_lines (finding, &n);
  assert_lines (lines, n, (const guint[]){ 12, 30, 7, 0 });

  /* The others are kept as given, so moving the line keeps them all. */
  fazhi_finding_set_line (finding, 5);
  lines = fazhi_finding_get_lines (finding, &n);
  assert_lines (lines, n, (const guint[]){ 5, 30, 12, 7, 0 });
  fazhi_finding_set_line (finding, 30);
  lines = fazhi_finding_get_lines (finding, &n);
  assert_lines (lines, n, (const guint[]){ 30, 12, 7, 0 });

  /* A finding about the whole report can still point at places. */
  fazhi_finding_set_line (finding, 0);
  lines = fazhi_finding_get_lines (finding, &n);
  assert_lines (lines, n, (const guint[]){ 30, 12, 7, 0 });

  /* Replacing, not adding. */
  fazhi_finding_set_lines (finding, (const guint[]){ 8 }, 1);
  lines = fazhi_finding_get_lines (finding, &n);
  assert_lines (lines, n, (const guint[]){ 8, 0 });
  fazhi_finding_set_lines (finding, NULL, 0);
  lines = fazhi_finding_get_lines (finding, &n);
  assert_lines (lines, n, (const guint[]){ 0 });
  fazhi_finding_set_line (finding, 9);
  lines = fazhi_finding_get_lines (finding, &n);
  assert_lines (lines, n, (const guint[]){ 9, 0 });
}
END_TEST

START_TEST (test_finding_notify)
{
  g_autoptr (FazhiFinding) finding = fazhi_finding_new ("vague-target", FAZHI_SEVERITY_WARNING, "目标无法衡量");
  guint                    severity = 0, line = 0, part = 0, area = 0, any = 0;

  g_signal_connect (finding, "notify::severity", G_CALLBACK (count_notify), &severity);
  g_signal_connect (finding, "notify::line", G_CALLBACK (count_notify), &line);
  g_signal_connect (finding, "notify::part", G_CALLBACK (count_notify), &part);
  g_signal_connect (finding, "notify::area", G_CALLBACK (count_notify), &area);
  g_signal_connect (finding, "notify", G_CALLBACK (count_notify), &any);

  fazhi_finding_set_severity (finding, FAZHI_SEVERITY_WARNING);
  ck_assert_uint_eq (severity, 0);
  fazhi_finding_set_severity (finding, FAZHI_SEVERITY_ERROR);
  fazhi_finding_set_severity (finding, FAZHI_SEVERITY_ERROR);
  g_object_set (finding, "severity", FAZHI_SEVERITY_ERROR, NULL);
  ck_assert_uint_eq (severity, 1);
  ck_assert_int_eq (fazhi_finding_get_severity (finding), FAZHI_SEVERITY_ERROR);

  fazhi_finding_set_line (finding, 3);
  fazhi_finding_set_line (finding, 3);
  ck_assert_uint_eq (line, 1);
  fazhi_finding_set_part (finding, "plans");
  fazhi_finding_set_part (finding, "plans");
  ck_assert_uint_eq (part, 1);
  fazhi_finding_set_area (finding, "functions");
  fazhi_finding_set_area (finding, "functions");
  fazhi_finding_set_area (finding, NULL);
  ck_assert_uint_eq (area, 2);

  /* The extra lines are no property, so they notify nothing. */
  fazhi_finding_set_lines (finding, (const guint[]){ 4, 5 }, 2);
  ck_assert_uint_eq (any, severity + line + part + area);
}
END_TEST

START_TEST (test_followup)
{
  g_autoptr (FazhiFollowup) followup = fazhi_followup_new (FAZHI_FOLLOWUP_KIND_SHORTCOMING, "普法形式单一。", 10);
  static const guint        evidence[] = { 9, 7, 9, 0, 3 };
  g_autofree char          *text = NULL;
  FazhiFollowupKind         kind = FAZHI_FOLLOWUP_KIND_TARGET;
  FazhiTargetStatus         status = FAZHI_TARGET_STATUS_MET;
  GParamSpec               *pspec;
  const guint              *lines;
  guint                     line = 0;
  guint                     n = 1;
  guint                     notified = 0;

  ck_assert_int_eq (fazhi_followup_get_kind (followup), FAZHI_FOLLOWUP_KIND_SHORTCOMING);
  ck_assert_str_eq (fazhi_followup_get_text (followup), "普法形式单一。");
  ck_assert_uint_eq (fazhi_followup_get_line (followup), 10);
  ck_assert_ptr_null (fazhi_followup_get_heading (followup));
  ck_assert_int_eq (fazhi_followup_get_status (followup), FAZHI_TARGET_STATUS_UNKNOWN);
  ck_assert_ptr_null (fazhi_followup_get_evidence_lines (followup, &n));
  ck_assert_uint_eq (n, 0);

  g_object_get (followup, "kind", &kind, "text", &text, "line", &line, "status", &status, NULL);
  ck_assert_int_eq (kind, FAZHI_FOLLOWUP_KIND_SHORTCOMING);
  ck_assert_str_eq (text, "普法形式单一。");
  ck_assert_uint_eq (line, 10);
  ck_assert_int_eq (status, FAZHI_TARGET_STATUS_UNKNOWN);
  for (guint i = 0; i < 3; i++)
    {
      const char *name = (const char *[]){ "kind", "text", "line" }[i];

      pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (followup), name);
      ck_assert_msg (pspec->flags & G_PARAM_CONSTRUCT_ONLY, "%s", name);
    }

  g_signal_connect (followup, "notify::status", G_CALLBACK (count_notify), &notified);
  fazhi_followup_set_status (followup, FAZHI_TARGET_STATUS_PARTLY);
  fazhi_followup_set_status (followup, FAZHI_TARGET_STATUS_PARTLY);
  ck_assert_uint_eq (notified, 1);
  fazhi_followup_set_heading (followup, "二是普法形式单一");
  ck_assert_str_eq (fazhi_followup_get_heading (followup), "二是普法形式单一");

  /* Evidence is in this year's report: no line of its own goes first. */
  fazhi_followup_set_evidence_lines (followup, evidence, G_N_ELEMENTS (evidence));
  lines = fazhi_followup_get_evidence_lines (followup, &n);
  assert_lines (lines, n, (const guint[]){ 9, 7, 3, 0 });
  fazhi_followup_set_evidence_lines (followup, NULL, 0);
  lines = fazhi_followup_get_evidence_lines (followup, &n);
  assert_lines (lines, n, (const guint[]){ 0 });
}
END_TEST

START_TEST (test_summary)
{
  static const char * const parts_present[] = { "measures", "plans", NULL };
  static const char * const areas_missing[] = { "functions", NULL };
  g_autoptr (FazhiSummary)  summary = _fazhi_summary_new (parts_present, NULL, NULL, areas_missing, NULL, NULL,
                                                          5, 2, 0.5, 1, 2, 3, 64.5);
  g_autoptr (FazhiSummary)  first_year = _fazhi_summary_new (NULL, NULL, NULL, NULL, NULL, NULL,
                                                             0, 0, -0.25, 0, 0, 0, 100);
  g_auto (GStrv)            present = NULL;
  g_auto (GStrv)            missing = NULL;
  double                    rate = 0, score = 0;
  guint                     targets = 0, measurable = 0, errors = 0, warnings = 0, infos = 0;

  ck_assert_uint_eq (g_strv_length ((char **) fazhi_summary_get_parts_present (summary)), 2);
  ck_assert_str_eq (fazhi_summary_get_parts_present (summary)[1], "plans");
  /* Empty, never NULL. */
  ck_assert_ptr_nonnull (fazhi_summary_get_parts_missing (summary));
  ck_assert_ptr_null (fazhi_summary_get_parts_missing (summary)[0]);
  ck_assert_ptr_null (fazhi_summary_get_areas_covered (summary)[0]);
  ck_assert_str_eq (fazhi_summary_get_areas_missing (summary)[0], "functions");
  ck_assert_ptr_null (fazhi_summary_get_duties_evidenced (summary)[0]);
  ck_assert_ptr_null (fazhi_summary_get_duties_missing (summary)[0]);
  ck_assert_uint_eq (fazhi_summary_get_n_targets (summary), 5);
  ck_assert_uint_eq (fazhi_summary_get_n_measurable (summary), 2);
  ck_assert_double_eq (fazhi_summary_get_followup_rate (summary), 0.5);
  ck_assert_uint_eq (fazhi_summary_get_n_errors (summary), 1);
  ck_assert_uint_eq (fazhi_summary_get_n_warnings (summary), 2);
  ck_assert_uint_eq (fazhi_summary_get_n_infos (summary), 3);
  ck_assert_double_eq (fazhi_summary_get_score (summary), 64.5);

  /* The summary owns its copies. */
  ck_assert_ptr_ne (fazhi_summary_get_parts_present (summary), parts_present);

  g_object_get (summary,
                "parts-present", &present, "parts-missing", &missing,
                "n-targets", &targets, "n-measurable", &measurable, "followup-rate", &rate,
                "n-errors", &errors, "n-warnings", &warnings, "n-infos", &infos, "score", &score,
                NULL);
  ck_assert_str_eq (present[0], "measures");
  ck_assert_uint_eq (g_strv_length (missing), 0);
  ck_assert_uint_eq (targets, 5);
  ck_assert_uint_eq (measurable, 2);
  ck_assert_double_eq (rate, 0.5);
  ck_assert_uint_eq (errors + warnings + infos, 6);
  ck_assert_double_eq (score, 64.5);

  /* Any negative rate means "no previous report". */
  ck_assert_double_eq (fazhi_summary_get_followup_rate (first_year), -1);
  ck_assert_double_eq (fazhi_summary_get_score (first_year), 100);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Results                                                             */
/* ------------------------------------------------------------------ */

START_TEST (test_result_new)
{
  g_autoptr (FazhiCheckResult) result = _fazhi_check_result_new ("报告.txt");
  g_autoptr (FazhiCheckResult) anonymous = _fazhi_check_result_new (NULL);
  g_autoptr (GListModel)       findings = NULL;
  g_autoptr (GListModel)       followup = NULL;
  g_autoptr (FazhiSummary)     summary = NULL;
  g_autofree char             *file = NULL;

  ck_assert_str_eq (fazhi_check_result_get_file (result), "报告.txt");
  ck_assert_ptr_null (fazhi_check_result_get_file (anonymous));
  ck_assert_uint_eq (g_list_model_get_n_items (fazhi_check_result_get_findings (result)), 0);
  ck_assert (g_list_model_get_item_type (fazhi_check_result_get_findings (result)) == FAZHI_TYPE_FINDING);
  ck_assert_uint_eq (g_list_model_get_n_items (fazhi_check_result_get_followup (result)), 0);
  ck_assert (g_list_model_get_item_type (fazhi_check_result_get_followup (result)) == FAZHI_TYPE_FOLLOWUP);
  ck_assert_ptr_null (fazhi_check_result_get_summary (result));
  ck_assert (!fazhi_check_result_has_errors (result));

  g_object_get (result, "file", &file, "findings", &findings, "followup", &followup, "summary", &summary, NULL);
  ck_assert_str_eq (file, "报告.txt");
  ck_assert_ptr_eq (findings, fazhi_check_result_get_findings (result));
  ck_assert_ptr_eq (followup, fazhi_check_result_get_followup (result));
  ck_assert_ptr_null (summary);
}
END_TEST

START_TEST (test_result_summary)
{
  g_autoptr (FazhiCheckResult) result = _fazhi_check_result_new (NULL);
  g_autoptr (FazhiSummary)     summary = _fazhi_summary_new (NULL, NULL, NULL, NULL, NULL, NULL, 0, 0, -1, 0, 0, 0, 50);
  guint                        notified = 0;

  g_signal_connect (result, "notify::summary", G_CALLBACK (count_notify), &notified);
  _fazhi_check_result_set_summary (result, summary);
  _fazhi_check_result_set_summary (result, summary);
  ck_assert_uint_eq (notified, 1);
  ck_assert_ptr_eq (fazhi_check_result_get_summary (result), summary);
}
END_TEST

START_TEST (test_result_sort)
{
  g_autoptr (FazhiCheckResult) result = _fazhi_check_result_new (NULL);
  GListModel                  *findings = fazhi_check_result_get_findings (result);
  /* In the order the rules would add them. */
  /* clang-format off */
  static const struct { const char *rule; FazhiSeverity severity; guint line; const char *message; } added[] = {
    { "vague-target", FAZHI_SEVERITY_INFO, 12, "d" },
    { "repeated-passage", FAZHI_SEVERITY_WARNING, 12, "c" },
    { "deadline", FAZHI_SEVERITY_ERROR, 0, "a" },
    { "vague-target", FAZHI_SEVERITY_WARNING, 3, "b1" },
    { "parts-missing", FAZHI_SEVERITY_INFO, 0, "a2" },
    { "vague-target", FAZHI_SEVERITY_WARNING, 3, "b2" },
    { "repeated-passage", FAZHI_SEVERITY_ERROR, 12, "c0" },
    { "amounts", FAZHI_SEVERITY_WARNING, 3, "b0" },
    { "vague-target", FAZHI_SEVERITY_WARNING, 3, "b3" },
  };
  /* clang-format on */
  /* Line (0 first), then severity (errors first), then rule; findings
   * equal in all three keep the order they were added in. */
  static const char * const expected[] = { "a", "a2", "b0", "b1", "b2", "b3", "c0", "c", "d" };
  guint                     changed = 0;

  for (guint i = 0; i < G_N_ELEMENTS (added); i++)
    add_finding (result, make_finding (added[i].rule, added[i].severity, added[i].line, added[i].message));

  g_signal_connect (findings, "items-changed", G_CALLBACK (count_items_changed), &changed);
  _fazhi_check_result_sort (result);
  ck_assert_uint_eq (changed, 1);
  ck_assert_uint_eq (g_list_model_get_n_items (findings), G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    ck_assert_str_eq (fazhi_finding_get_message (finding_at (result, i)), expected[i]);

  /* Sorting a sorted list changes nothing, so nothing redraws. */
  _fazhi_check_result_sort (result);
  ck_assert_uint_eq (changed, 1);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    ck_assert_str_eq (fazhi_finding_get_message (finding_at (result, i)), expected[i]);
}
END_TEST

START_TEST (test_result_sort_empty)
{
  g_autoptr (FazhiCheckResult) result = _fazhi_check_result_new (NULL);

  _fazhi_check_result_sort (result);
  ck_assert_uint_eq (g_list_model_get_n_items (fazhi_check_result_get_findings (result)), 0);

  add_finding (result, fazhi_finding_new ("parts-missing", FAZHI_SEVERITY_ERROR, "缺少部分"));
  _fazhi_check_result_sort (result);
  ck_assert_uint_eq (g_list_model_get_n_items (fazhi_check_result_get_findings (result)), 1);
}
END_TEST

START_TEST (test_has_errors)
{
  g_autoptr (FazhiCheckResult) result = _fazhi_check_result_new (NULL);
  g_autoptr (FazhiFinding)     finding = make_finding ("vague-target", FAZHI_SEVERITY_WARNING, 3, "目标无法衡量");

  _fazhi_check_result_add_finding (result, finding);
  add_finding (result, fazhi_finding_new ("followup", FAZHI_SEVERITY_INFO, "已跟进"));
  ck_assert (!fazhi_check_result_has_errors (result));

  /* A policy can make a warning an error after the fact. */
  fazhi_finding_set_severity (finding, FAZHI_SEVERITY_ERROR);
  ck_assert (fazhi_check_result_has_errors (result));
}
END_TEST

START_TEST (test_findings_for_rule)
{
  g_autoptr (FazhiCheckResult) result = _fazhi_check_result_new (NULL);
  g_autoptr (GListModel)       vague = NULL;
  g_autoptr (GListModel)       none = NULL;
  g_autoptr (FazhiFinding)     first = NULL;
  g_autoptr (FazhiFinding)     second = NULL;

  add_finding (result, make_finding ("vague-target", FAZHI_SEVERITY_WARNING, 3, "first"));
  add_finding (result, make_finding ("parts-missing", FAZHI_SEVERITY_ERROR, 0, "other"));
  add_finding (result, make_finding ("vague-target", FAZHI_SEVERITY_WARNING, 8, "second"));

  vague = fazhi_check_result_dup_findings_for_rule (result, "vague-target");
  ck_assert (g_list_model_get_item_type (vague) == FAZHI_TYPE_FINDING);
  ck_assert_uint_eq (g_list_model_get_n_items (vague), 2);
  first = g_list_model_get_item (vague, 0);
  second = g_list_model_get_item (vague, 1);
  ck_assert_str_eq (fazhi_finding_get_message (first), "first");
  ck_assert_str_eq (fazhi_finding_get_message (second), "second");
  /* The same findings, not copies. */
  ck_assert_ptr_eq (first, finding_at (result, 0));

  /* A new list each time: emptying it leaves the result alone. */
  g_list_store_remove_all (G_LIST_STORE (vague));
  ck_assert_uint_eq (g_list_model_get_n_items (fazhi_check_result_get_findings (result)), 3);

  none = fazhi_check_result_dup_findings_for_rule (result, "no-such-rule");
  ck_assert_ptr_nonnull (none);
  ck_assert_uint_eq (g_list_model_get_n_items (none), 0);
}
END_TEST

/* ------------------------------------------------------------------ */
/* JSON                                                                */
/* ------------------------------------------------------------------ */

START_TEST (test_json_round_trip)
{
  g_autoptr (FazhiCheckResult) result = make_result ();
  g_autoptr (FazhiCheckResult) copy = NULL;
  g_autoptr (FazhiFollowup)    met = NULL;
  g_autoptr (GError)           error = NULL;
  g_autofree char             *json = fazhi_check_result_to_json (result, FAZHI_JSON_FLAGS_NONE);
  g_autofree char             *again = NULL;
  FazhiSummary                *summary;
  FazhiFinding                *copied;
  const guint                 *lines;
  guint                        n;

  copy = fazhi_check_result_new_from_json (json, -1, &error);
  fazhi_assert_no_error (error);
  again = fazhi_check_result_to_json (copy, FAZHI_JSON_FLAGS_NONE);
  ck_assert_str_eq (again, json);

  ck_assert_str_eq (fazhi_check_result_get_file (copy), "临河区水务局2021年法治政府建设报告.txt");
  ck_assert_uint_eq (g_list_model_get_n_items (fazhi_check_result_get_findings (copy)), 3);
  ck_assert (fazhi_check_result_has_errors (copy));

  /* Sorted: the whole report first, then line 3, then line 12. */
  ck_assert_str_eq (fazhi_finding_get_rule (finding_at (copy, 0)), "parts-missing");
  ck_assert_str_eq (fazhi_finding_get_rule (finding_at (copy, 1)), "vague-target");
  copied = finding_at (copy, 2);
  ck_assert_str_eq (fazhi_finding_get_rule (copied), "repeated-passage");
  ck_assert_int_eq (fazhi_finding_get_severity (copied), FAZHI_SEVERITY_WARNING);
  ck_assert_str_eq (fazhi_finding_get_message (copied), "与上一年度报告第 40 行相同");
  ck_assert_uint_eq (fazhi_finding_get_line (copied), 12);
  ck_assert_str_eq (fazhi_finding_get_part (copied), "measures");
  ck_assert_str_eq (fazhi_finding_get_area (copied), "functions");
  lines = fazhi_finding_get_lines (copied, &n);
  assert_lines (lines, n, (const guint[]){ 12, 40, 0 });

  ck_assert_uint_eq (g_list_model_get_n_items (fazhi_check_result_get_followup (copy)), 2);
  met = g_list_model_get_item (fazhi_check_result_get_followup (copy), 0);
  ck_assert_int_eq (fazhi_followup_get_kind (met), FAZHI_FOLLOWUP_KIND_TARGET);
  ck_assert_str_eq (fazhi_followup_get_text (met), "每年至少开展2次法治宣传进机关活动。");
  ck_assert_str_eq (fazhi_followup_get_heading (met), "一是加强普法宣传");
  ck_assert_uint_eq (fazhi_followup_get_line (met), 11);
  ck_assert_int_eq (fazhi_followup_get_status (met), FAZHI_TARGET_STATUS_MET);
  lines = fazhi_followup_get_evidence_lines (met, &n);
  assert_lines (lines, n, (const guint[]){ 7, 9, 0 });

  summary = fazhi_check_result_get_summary (copy);
  ck_assert_ptr_nonnull (summary);
  ck_assert_str_eq (fazhi_summary_get_parts_missing (summary)[0], "plans");
  ck_assert_str_eq (fazhi_summary_get_areas_covered (summary)[1], "enforcement");
  ck_assert_ptr_null (fazhi_summary_get_areas_missing (summary)[0]);
  ck_assert_uint_eq (fazhi_summary_get_n_targets (summary), 4);
  ck_assert_uint_eq (fazhi_summary_get_n_measurable (summary), 3);
  ck_assert_double_eq (fazhi_summary_get_followup_rate (summary), 0.75);
  ck_assert_uint_eq (fazhi_summary_get_n_errors (summary), 1);
  ck_assert_double_eq (fazhi_summary_get_score (summary), 72.5);
}
END_TEST

START_TEST (test_json_round_trip_empty)
{
  g_autoptr (FazhiCheckResult) result = _fazhi_check_result_new (NULL);
  g_autoptr (FazhiCheckResult) copy = NULL;
  g_autoptr (GError)           error = NULL;
  g_autofree char             *json = fazhi_check_result_to_json (result, FAZHI_JSON_FLAGS_NONE);
  g_autofree char             *again = NULL;

  ck_assert_str_eq (json, "{\"format\":1,\"file\":null,\"findings\":[],\"followup\":[],\"summary\":null}");
  copy = fazhi_check_result_new_from_json (json, -1, &error);
  fazhi_assert_no_error (error);
  again = fazhi_check_result_to_json (copy, FAZHI_JSON_FLAGS_NONE);
  ck_assert_str_eq (again, json);
}
END_TEST

START_TEST (test_json_pretty)
{
  g_autoptr (FazhiCheckResult) result = make_result ();
  g_autoptr (FazhiCheckResult) copy = NULL;
  g_autoptr (GError)           error = NULL;
  g_autofree char             *compact = fazhi_check_result_to_json (result, FAZHI_JSON_FLAGS_NONE);
  g_autofree char             *pretty = fazhi_check_result_to_json (result, FAZHI_JSON_FLAGS_PRETTY);
  g_autofree char             *pretty_text = fazhi_check_result_to_json (result,
                                                                         FAZHI_JSON_FLAGS_PRETTY | FAZHI_JSON_FLAGS_INCLUDE_TEXT);
  g_autofree char             *again = NULL;

  ck_assert_ptr_null (strchr (compact, '\n'));
  ck_assert_ptr_nonnull (strstr (pretty, "\n  \"findings\" : ["));
  /* There is no source text to include. */
  ck_assert_str_eq (pretty_text, pretty);

  copy = fazhi_check_result_new_from_json (pretty, -1, &error);
  fazhi_assert_no_error (error);
  again = fazhi_check_result_to_json (copy, FAZHI_JSON_FLAGS_PRETTY);
  ck_assert_str_eq (again, pretty);
}
END_TEST

/* Every key is written, absent values as null, and lists as arrays even
 * when they are empty. */
START_TEST (test_json_layout)
{
  /* clang-format off */
  g_autoptr(FazhiCheckResult) result = make_result ();
  g_autoptr(JsonNode) root = fazhi_check_result_to_json_node (result);
  JsonObject *object = json_node_get_object (root);
  JsonObject *whole, *copied, *unknown, *summary;
  JsonArray *findings, *followup, *lines;
  static const char * const finding_keys[] = { "rule", "severity", "message", "line", "lines", "part", "area" };
  static const char * const followup_keys[] = { "kind", "heading", "text", "line", "status", "evidence" };
  static const char * const summary_keys[] = {
    "parts_present", "parts_missing", "areas_covered", "areas_missing", "duties_evidenced", "duties_missing",
    "targets", "measurable_targets", "followup_rate", "errors", "warnings", "infos", "score",
  };
  /* clang-format on */

  ck_assert_int_eq (json_object_get_int_member (object, "format"), 1);
  ck_assert_str_eq (json_object_get_string_member (object, "file"), "临河区水务局2021年法治政府建设报告.txt");

  findings = json_object_get_array_member (object, "findings");
  ck_assert_uint_eq (json_array_get_length (findings), 3);
  whole = json_array_get_object_element (findings, 0);
  ck_assert_uint_eq (json_object_get_size (whole), G_N_ELEMENTS (finding_keys));
  for (guint i = 0; i < G_N_ELEMENTS (finding_keys); i++)
    ck_assert_msg (json_object_has_member (whole, finding_keys[i]), "%s", finding_keys[i]);
  ck_assert_str_eq (json_object_get_string_member (whole, "rule"), "parts-missing");
  ck_assert_str_eq (json_object_get_string_member (whole, "severity"), "error");
  ck_assert (json_object_get_null_member (whole, "line"));
  ck_assert_uint_eq (json_array_get_length (json_object_get_array_member (whole, "lines")), 0);
  ck_assert (json_object_get_null_member (whole, "part"));
  ck_assert (json_object_get_null_member (whole, "area"));

  /* A finding on one line lists just that line. */
  lines = json_object_get_array_member (json_array_get_object_element (findings, 1), "lines");
  ck_assert_uint_eq (json_array_get_length (lines), 1);
  ck_assert_int_eq (json_array_get_int_element (lines, 0), 3);
  ck_assert_str_eq (json_object_get_string_member (json_array_get_object_element (findings, 1), "severity"), "info");

  /* Its line first, then the others, each once. */
  copied = json_array_get_object_element (findings, 2);
  ck_assert_int_eq (json_object_get_int_member (copied, "line"), 12);
  lines = json_object_get_array_member (copied, "lines");
  ck_assert_uint_eq (json_array_get_length (lines), 2);
  ck_assert_int_eq (json_array_get_int_element (lines, 0), 12);
  ck_assert_int_eq (json_array_get_int_element (lines, 1), 40);
  ck_assert_str_eq (json_object_get_string_member (copied, "severity"), "warning");
  ck_assert_str_eq (json_object_get_string_member (copied, "part"), "measures");

  followup = json_object_get_array_member (object, "followup");
  ck_assert_uint_eq (json_array_get_length (followup), 2);
  ck_assert_str_eq (json_object_get_string_member (json_array_get_object_element (followup, 0), "status"), "met");
  unknown = json_array_get_object_element (followup, 1);
  ck_assert_uint_eq (json_object_get_size (unknown), G_N_ELEMENTS (followup_keys));
  for (guint i = 0; i < G_N_ELEMENTS (followup_keys); i++)
    ck_assert_msg (json_object_has_member (unknown, followup_keys[i]), "%s", followup_keys[i]);
  ck_assert_str_eq (json_object_get_string_member (unknown, "kind"), "shortcoming");
  ck_assert (json_object_get_null_member (unknown, "heading"));
  ck_assert_int_eq (json_object_get_int_member (unknown, "line"), 10);
  /* The status is always written, even when nothing was judged. */
  ck_assert_str_eq (json_object_get_string_member (unknown, "status"), "unknown");
  ck_assert_uint_eq (json_array_get_length (json_object_get_array_member (unknown, "evidence")), 0);

  summary = json_object_get_object_member (object, "summary");
  ck_assert_uint_eq (json_object_get_size (summary), G_N_ELEMENTS (summary_keys));
  for (guint i = 0; i < G_N_ELEMENTS (summary_keys); i++)
    ck_assert_msg (json_object_has_member (summary, summary_keys[i]), "%s", summary_keys[i]);
  ck_assert_uint_eq (json_array_get_length (json_object_get_array_member (summary, "areas_missing")), 0);
  ck_assert_int_eq (json_object_get_int_member (summary, "targets"), 4);
  ck_assert_int_eq (json_object_get_int_member (summary, "measurable_targets"), 3);
  ck_assert_double_eq (json_object_get_double_member (summary, "followup_rate"), 0.75);
  ck_assert_int_eq (json_object_get_int_member (summary, "errors"), 1);
  ck_assert_double_eq (json_object_get_double_member (summary, "score"), 72.5);
}
END_TEST

START_TEST (test_json_summary_nulls)
{
  g_autoptr (FazhiSummary) summary = _fazhi_summary_new (NULL, NULL, NULL, NULL, NULL, NULL, 0, 0, -1, 0, 0, 0, 80);
  g_autoptr (FazhiSummary) copy = NULL;
  g_autoptr (JsonNode)     node = fazhi_summary_to_json_node (summary);
  g_autoptr (JsonNode)     again = NULL;
  g_autoptr (GError)       error = NULL;
  JsonObject              *object = json_node_get_object (node);

  /* No previous report: a rate of null, not -1. */
  ck_assert (json_object_get_null_member (object, "followup_rate"));
  ck_assert_uint_eq (json_array_get_length (json_object_get_array_member (object, "parts_present")), 0);
  ck_assert_int_eq (json_object_get_int_member (object, "infos"), 0);
  ck_assert_int_eq (json_object_get_int_member (object, "score"), 80);

  copy = fazhi_summary_new_from_json_node (node, &error);
  fazhi_assert_no_error (error);
  ck_assert_double_eq (fazhi_summary_get_followup_rate (copy), -1);
  ck_assert_double_eq (fazhi_summary_get_score (copy), 80);
  again = fazhi_summary_to_json_node (copy);
  ck_assert (json_node_equal (again, node));
}
END_TEST

/* Missing and null members keep their defaults. */
START_TEST (test_json_defaults)
{
  static const char json[] =
    "{\"format\":1,"
    " \"findings\":[{\"rule\":\"parts-missing\",\"severity\":\"info\",\"message\":\"\"},"
    "               {\"rule\":\"x\",\"severity\":\"error\",\"message\":\"m\",\"line\":null,\"lines\":null,"
    "                \"part\":null,\"area\":null,\"future\":true}],"
    " \"followup\":[{\"kind\":\"target\"}],"
    " \"summary\":{},"
    " \"future\":[1,2,3]}";
  g_autoptr (FazhiCheckResult) result = NULL;
  g_autoptr (FazhiFollowup)    followup = NULL;
  g_autoptr (GError)           error = NULL;
  FazhiSummary                *summary;
  FazhiFinding                *finding;
  guint                        n = 1;

  result = fazhi_check_result_new_from_json (json, -1, &error);
  fazhi_assert_no_error (error);
  ck_assert_ptr_null (fazhi_check_result_get_file (result));

  finding = finding_at (result, 0);
  ck_assert_str_eq (fazhi_finding_get_message (finding), "");
  ck_assert_uint_eq (fazhi_finding_get_line (finding), 0);
  ck_assert_ptr_null (fazhi_finding_get_lines (finding, &n));
  ck_assert_uint_eq (n, 0);
  finding = finding_at (result, 1);
  ck_assert_uint_eq (fazhi_finding_get_line (finding), 0);
  ck_assert_ptr_null (fazhi_finding_get_part (finding));
  ck_assert (fazhi_check_result_has_errors (result));

  followup = g_list_model_get_item (fazhi_check_result_get_followup (result), 0);
  ck_assert_ptr_null (fazhi_followup_get_text (followup));
  ck_assert_uint_eq (fazhi_followup_get_line (followup), 0);
  ck_assert_int_eq (fazhi_followup_get_status (followup), FAZHI_TARGET_STATUS_UNKNOWN);

  summary = fazhi_check_result_get_summary (result);
  ck_assert_ptr_nonnull (summary);
  ck_assert_ptr_null (fazhi_summary_get_parts_present (summary)[0]);
  ck_assert_double_eq (fazhi_summary_get_followup_rate (summary), -1);
  ck_assert_double_eq (fazhi_summary_get_score (summary), 0);
}
END_TEST

START_TEST (test_json_lines_read)
{
  /* "lines" repeats the line itself, as to_json writes it; reading must
   * not count it twice. */
  static const char json[] =
    "{\"format\":1,\"findings\":[{\"rule\":\"r\",\"severity\":\"warning\",\"message\":\"m\","
    "\"line\":5,\"lines\":[5,9,5,2.0]}]}";
  g_autoptr (FazhiCheckResult) result = NULL;
  g_autoptr (GError)           error = NULL;
  const guint                 *lines;
  guint                        n;

  result = fazhi_check_result_new_from_json (json, -1, &error);
  fazhi_assert_no_error (error);
  lines = fazhi_finding_get_lines (finding_at (result, 0), &n);
  assert_lines (lines, n, (const guint[]){ 5, 9, 2, 0 });
}
END_TEST

START_TEST (test_item_json_nodes)
{
  g_autoptr (FazhiCheckResult) result = make_result ();
  g_autoptr (FazhiFollowup)    followup = g_list_model_get_item (fazhi_check_result_get_followup (result), 0);
  g_autoptr (JsonNode)         finding_node = fazhi_finding_to_json_node (finding_at (result, 2));
  g_autoptr (JsonNode)         followup_node = fazhi_followup_to_json_node (followup);
  g_autoptr (JsonNode)         finding_again = NULL;
  g_autoptr (JsonNode)         followup_again = NULL;
  g_autoptr (JsonNode)         not_object = json_node_new (JSON_NODE_ARRAY);
  g_autoptr (JsonNode)         bad_severity = NULL;
  g_autoptr (JsonNode)         bad_kind = NULL;
  g_autoptr (FazhiFinding)     finding_copy = NULL;
  g_autoptr (FazhiFollowup)    followup_copy = NULL;
  g_autoptr (FazhiFinding)     no_finding = NULL;
  g_autoptr (FazhiFollowup)    no_followup = NULL;
  g_autoptr (FazhiSummary)     no_summary = NULL;
  g_autoptr (GError)           error = NULL;

  finding_copy = fazhi_finding_new_from_json_node (finding_node, &error);
  fazhi_assert_no_error (error);
  finding_again = fazhi_finding_to_json_node (finding_copy);
  ck_assert (json_node_equal (finding_again, finding_node));

  followup_copy = fazhi_followup_new_from_json_node (followup_node, &error);
  fazhi_assert_no_error (error);
  followup_again = fazhi_followup_to_json_node (followup_copy);
  ck_assert (json_node_equal (followup_again, followup_node));

  json_node_take_array (not_object, json_array_new ());
  no_summary = fazhi_summary_new_from_json_node (not_object, &error);
  ck_assert_ptr_null (no_summary);
  fazhi_assert_error (error, FAZHI_ERROR, FAZHI_ERROR_INVALID_REPORT);
  ck_assert_msg (g_str_has_prefix (error->message, "<json>: expected an object"), "%s", error->message);
  g_clear_error (&error);

  bad_severity = json_from_string ("{\"rule\":\"r\",\"severity\":\"fatal\",\"message\":\"m\"}", NULL);
  no_finding = fazhi_finding_new_from_json_node (bad_severity, &error);
  ck_assert_ptr_null (no_finding);
  fazhi_assert_error (error, FAZHI_ERROR, FAZHI_ERROR_INVALID_REPORT);
  ck_assert_msg (strstr (error->message, "<json>: severity: unknown value \"fatal\"") != NULL, "%s", error->message);
  g_clear_error (&error);

  bad_kind = json_from_string ("{\"kind\":\"plan\"}", NULL);
  no_followup = fazhi_followup_new_from_json_node (bad_kind, &error);
  ck_assert_ptr_null (no_followup);
  fazhi_assert_error (error, FAZHI_ERROR, FAZHI_ERROR_INVALID_REPORT);
  ck_assert_msg (strstr (error->message, "<json>: kind: unknown value \"plan\"") != NULL, "%s", error->message);
}
END_TEST

typedef struct
{
  const char *json;
  int         code;  /* in FAZHI_ERROR */
  const char *place; /* must appear in the message, or NULL */
} BadResult;

#define FINDING "{\"rule\":\"r\",\"severity\":\"warning\",\"message\":\"m\"}"

static const BadResult bad_results[] = {
  { "not JSON", FAZHI_ERROR_INVALID_JSON, NULL },
  { "", FAZHI_ERROR_INVALID_JSON, NULL },
  { "{\"format\":1,", FAZHI_ERROR_INVALID_JSON, NULL },
  { "[]", FAZHI_ERROR_INVALID_REPORT, "expected an object" },
  { "{}", FAZHI_ERROR_INVALID_REPORT, "format" },
  { "{\"format\":\"1\"}", FAZHI_ERROR_INVALID_REPORT, "format" },
  { "{\"format\":2}", FAZHI_ERROR_UNSUPPORTED_FORMAT, "format 2" },
  { "{\"format\":1,\"file\":3}", FAZHI_ERROR_INVALID_REPORT, "<json>: file: expected a string, found a number" },
  { "{\"format\":1,\"findings\":{}}", FAZHI_ERROR_INVALID_REPORT, "<json>: findings: expected an array" },
  { "{\"format\":1,\"findings\":[" FINDING ",3]}", FAZHI_ERROR_INVALID_REPORT,
    "<json>: findings[1]: expected an object, found a number" },
  { "{\"format\":1,\"findings\":[" FINDING "," FINDING ",{\"rule\":\"r\",\"severity\":\"fatal\",\"message\":\"m\"}]}",
    FAZHI_ERROR_INVALID_REPORT, "<json>: findings[2].severity: unknown value \"fatal\"" },
  { "{\"format\":1,\"findings\":[{\"severity\":\"error\",\"message\":\"m\"}]}", FAZHI_ERROR_INVALID_REPORT,
    "<json>: findings[0]: missing required key \"rule\"" },
  { "{\"format\":1,\"findings\":[{\"rule\":\"\",\"severity\":\"error\",\"message\":\"m\"}]}",
    FAZHI_ERROR_INVALID_REPORT, "<json>: findings[0].rule: must not be empty" },
  { "{\"format\":1,\"findings\":[{\"rule\":\"r\",\"message\":\"m\"}]}", FAZHI_ERROR_INVALID_REPORT,
    "<json>: findings[0]: missing required key \"severity\"" },
  { "{\"format\":1,\"findings\":[{\"rule\":\"r\",\"severity\":null,\"message\":\"m\"}]}",
    FAZHI_ERROR_INVALID_REPORT, "<json>: findings[0].severity: must not be null" },
  { "{\"format\":1,\"findings\":[{\"rule\":\"r\",\"severity\":\"info\"}]}", FAZHI_ERROR_INVALID_REPORT,
    "<json>: findings[0]: missing required key \"message\"" },
  { "{\"format\":1,\"findings\":[{\"rule\":\"r\",\"severity\":\"info\",\"message\":\"m\",\"line\":\"3\"}]}",
    FAZHI_ERROR_INVALID_REPORT, "<json>: findings[0].line: expected an integer, found a string" },
  { "{\"format\":1,\"findings\":[{\"rule\":\"r\",\"severity\":\"info\",\"message\":\"m\",\"line\":-1}]}",
    FAZHI_ERROR_INVALID_REPORT, "<json>: findings[0].line: -1 is out of range" },
  { "{\"format\":1,\"findings\":[{\"rule\":\"r\",\"severity\":\"info\",\"message\":\"m\",\"lines\":3}]}",
    FAZHI_ERROR_INVALID_REPORT, "<json>: findings[0].lines: expected an array, found a number" },
  { "{\"format\":1,\"findings\":[{\"rule\":\"r\",\"severity\":\"info\",\"message\":\"m\",\"lines\":[1,\"2\"]}]}",
    FAZHI_ERROR_INVALID_REPORT, "<json>: findings[0].lines[1]: expected an integer, found a string" },
  { "{\"format\":1,\"findings\":[{\"rule\":\"r\",\"severity\":\"info\",\"message\":\"m\",\"lines\":[0]}]}",
    FAZHI_ERROR_INVALID_REPORT, "<json>: findings[0].lines[0]: 0 is out of range" },
  { "{\"format\":1,\"findings\":[{\"rule\":\"r\",\"severity\":\"info\",\"message\":\"m\",\"lines\":[2.5]}]}",
    FAZHI_ERROR_INVALID_REPORT, "<json>: findings[0].lines[0]: expected an integer" },
  { "{\"format\":1,\"findings\":[{\"rule\":\"r\",\"severity\":\"info\",\"message\":\"m\",\"lines\":[null]}]}",
    FAZHI_ERROR_INVALID_REPORT, "<json>: findings[0].lines[0]: must not be null" },
  { "{\"format\":1,\"findings\":[{\"rule\":\"r\",\"severity\":\"info\",\"message\":\"m\",\"part\":[]}]}",
    FAZHI_ERROR_INVALID_REPORT, "<json>: findings[0].part: expected a string, found an array" },
  { "{\"format\":1,\"findings\":[{\"rule\":\"r\",\"severity\":\"info\",\"message\":\"m\",\"area\":false}]}",
    FAZHI_ERROR_INVALID_REPORT, "<json>: findings[0].area: expected a string, found a boolean" },
  { "{\"format\":1,\"followup\":[{}]}", FAZHI_ERROR_INVALID_REPORT,
    "<json>: followup[0]: missing required key \"kind\"" },
  { "{\"format\":1,\"followup\":[{\"kind\":\"target\"},{\"kind\":\"plan\"}]}", FAZHI_ERROR_INVALID_REPORT,
    "<json>: followup[1].kind: unknown value \"plan\"" },
  { "{\"format\":1,\"followup\":[{\"kind\":\"target\",\"status\":\"done\"}]}", FAZHI_ERROR_INVALID_REPORT,
    "<json>: followup[0].status: unknown value \"done\"" },
  { "{\"format\":1,\"followup\":[{\"kind\":\"target\",\"evidence\":[3,{}]}]}", FAZHI_ERROR_INVALID_REPORT,
    "<json>: followup[0].evidence[1]: expected an integer, found an object" },
  { "{\"format\":1,\"followup\":[{\"kind\":\"target\",\"line\":1.5}]}", FAZHI_ERROR_INVALID_REPORT,
    "<json>: followup[0].line: expected an integer" },
  { "{\"format\":1,\"followup\":[{\"kind\":\"target\",\"heading\":1}]}", FAZHI_ERROR_INVALID_REPORT,
    "<json>: followup[0].heading: expected a string" },
  { "{\"format\":1,\"summary\":[]}", FAZHI_ERROR_INVALID_REPORT, "<json>: summary: expected an object, found an array" },
  { "{\"format\":1,\"summary\":{\"parts_present\":\"plans\"}}", FAZHI_ERROR_INVALID_REPORT,
    "<json>: summary.parts_present: expected an array" },
  { "{\"format\":1,\"summary\":{\"duties_missing\":[\"study\",7]}}", FAZHI_ERROR_INVALID_REPORT,
    "<json>: summary.duties_missing[1]: expected a string" },
  { "{\"format\":1,\"summary\":{\"targets\":-2}}", FAZHI_ERROR_INVALID_REPORT, "<json>: summary.targets: " },
  { "{\"format\":1,\"summary\":{\"errors\":\"1\"}}", FAZHI_ERROR_INVALID_REPORT, "<json>: summary.errors: " },
  { "{\"format\":1,\"summary\":{\"followup_rate\":1.5}}", FAZHI_ERROR_INVALID_REPORT,
    "<json>: summary.followup_rate: 1.5 is out of range" },
  { "{\"format\":1,\"summary\":{\"followup_rate\":-1}}", FAZHI_ERROR_INVALID_REPORT,
    "<json>: summary.followup_rate: -1 is out of range" },
  { "{\"format\":1,\"summary\":{\"score\":101}}", FAZHI_ERROR_INVALID_REPORT,
    "<json>: summary.score: 101 is out of range" },
  { "{\"format\":1,\"summary\":{\"score\":\"high\"}}", FAZHI_ERROR_INVALID_REPORT,
    "<json>: summary.score: expected a number, found a string" },
};

START_TEST (test_json_bad)
{
  const BadResult             *bad = &bad_results[_i];
  g_autoptr (GError)           error = NULL;
  g_autoptr (FazhiCheckResult) result = fazhi_check_result_new_from_json (bad->json, -1, &error);

  ck_assert_msg (result == NULL, "accepted %s", bad->json);
  fazhi_assert_error (error, FAZHI_ERROR, bad->code);
  ck_assert_msg (g_str_has_prefix (error->message, "<json>: "), "%s", error->message);
  if (bad->place != NULL)
    ck_assert_msg (strstr (error->message, bad->place) != NULL,
                   "\"%s\" not in \"%s\"", bad->place, error->message);
}
END_TEST

START_TEST (test_json_bad_node)
{
  g_autoptr (GError)           error = NULL;
  g_autoptr (JsonNode)         node = json_from_string ("{\"format\":1,\"findings\":[" FINDING "," FINDING ","
                                                                "{\"rule\":\"r\",\"severity\":\"error\",\"message\":\"m\","
                                                                "\"lines\":[4,-4]}]}",
                                                        NULL);
  g_autoptr (FazhiCheckResult) result = fazhi_check_result_new_from_json_node (node, &error);

  ck_assert_ptr_null (result);
  fazhi_assert_error (error, FAZHI_ERROR, FAZHI_ERROR_INVALID_REPORT);
  ck_assert_msg (strstr (error->message, "<json>: findings[2].lines[1]: -4 is out of range") != NULL,
                 "%s", error->message);
}
END_TEST

static Suite *
check_result_suite (void)
{
  Suite *suite = suite_create ("check-result");
  TCase *tc;

  tc = tcase_create ("items");
  tcase_add_test (tc, test_finding_new);
  tcase_add_test (tc, test_finding_lines);
  tcase_add_test (tc, test_finding_notify);
  tcase_add_test (tc, test_followup);
  tcase_add_test (tc, test_summary);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("result");
  tcase_add_test (tc, test_result_new);
  tcase_add_test (tc, test_result_summary);
  tcase_add_test (tc, test_result_sort);
  tcase_add_test (tc, test_result_sort_empty);
  tcase_add_test (tc, test_has_errors);
  tcase_add_test (tc, test_findings_for_rule);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("json");
  tcase_add_test (tc, test_json_round_trip);
  tcase_add_test (tc, test_json_round_trip_empty);
  tcase_add_test (tc, test_json_pretty);
  tcase_add_test (tc, test_json_layout);
  tcase_add_test (tc, test_json_summary_nulls);
  tcase_add_test (tc, test_json_defaults);
  tcase_add_test (tc, test_json_lines_read);
  tcase_add_test (tc, test_item_json_nodes);
  tcase_add_loop_test (tc, test_json_bad, 0, G_N_ELEMENTS (bad_results));
  tcase_add_test (tc, test_json_bad_node);
  suite_add_tcase (suite, tc);

  return suite;
}

int
main (void)
{
  return fazhi_test_run (check_result_suite ());
}
