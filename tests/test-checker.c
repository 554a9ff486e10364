/* test-checker.c: rules, policy, custom rules and the checker's fixtures
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * tests/data/checks/expect.json says, for each fixture there, which
 * findings must appear (rule and line), which rules must stay silent, and
 * what became of last year's items; the clean fixtures must raise no
 * warning at all, since false alarms cost reviewers' trust.
 */

#include <fazhi.h>
#include <locale.h>

#include "fazhi-test.h"

static JsonParser *expect_parser;
static JsonObject *expect;
static GPtrArray  *expect_names;

static FazhiReport *
read_check_fixture (const char *name)
{
  g_autofree char        *path = fazhi_test_data_path ("checks", name, NULL);
  g_autoptr (FazhiReader) reader = fazhi_reader_new ();
  g_autoptr (GError)      error = NULL;
  FazhiReport            *report = fazhi_reader_read_path (reader, path, NULL, &error);

  fazhi_assert_no_error (error);
  return report;
}

static FazhiReport *
read_text (const char *text)
{
  g_autoptr (FazhiReader) reader = fazhi_reader_new ();
  g_autoptr (GError)      error = NULL;
  FazhiReport            *report = fazhi_reader_read_text (reader, text, -1, &error);

  fazhi_assert_no_error (error);
  return report;
}

static char *
describe_findings (FazhiCheckResult *result)
{
  GListModel         *findings = fazhi_check_result_get_findings (result);
  g_autoptr (GString) out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (findings) && out->len < 2000; i++)
    {
      g_autoptr (FazhiFinding) finding = g_list_model_get_item (findings, i);

      g_string_append_printf (out, "\n  %u %s %d %s", fazhi_finding_get_line (finding),
                              fazhi_finding_get_rule (finding), fazhi_finding_get_severity (finding),
                              fazhi_finding_get_message (finding));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gboolean
finding_has_line (FazhiFinding *finding,
                  guint         line)
{
  guint        n = 0;
  const guint *lines = fazhi_finding_get_lines (finding, &n);

  if (fazhi_finding_get_line (finding) == line)
    return TRUE;
  for (guint i = 0; i < n; i++)
    if (lines[i] == line)
      return TRUE;
  return FALSE;
}

/* ------------------------------------------------------------------ */
/* Data-driven: tests/data/checks/expect.json                          */
/* ------------------------------------------------------------------ */

START_TEST (test_expectations)
{
  const char                  *name = g_ptr_array_index (expect_names, _i);
  JsonObject                  *want = json_object_get_object_member (expect, name);
  g_autoptr (FazhiReport)      report = read_check_fixture (name);
  g_autoptr (FazhiReport)      previous = NULL;
  g_autoptr (FazhiChecker)     checker = fazhi_checker_new (NULL);
  g_autoptr (FazhiCheckResult) result = NULL;
  g_autofree char             *all = NULL;
  GListModel                  *findings;

  if (json_object_has_member (want, "previous"))
    previous = read_check_fixture (json_object_get_string_member (want, "previous"));
  result = fazhi_checker_check (checker, report, previous);
  findings = fazhi_check_result_get_findings (result);
  all = describe_findings (result);

  if (json_object_has_member (want, "no_warnings") && json_object_get_boolean_member (want, "no_warnings"))
    for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
      {
        g_autoptr (FazhiFinding) finding = g_list_model_get_item (findings, i);

        ck_assert_msg (fazhi_finding_get_severity (finding) == FAZHI_SEVERITY_INFO,
                       "%s: false alarm:%s", name, all);
      }

  if (json_object_has_member (want, "must"))
    {
      JsonArray *must = json_object_get_array_member (want, "must");

      for (guint k = 0; k < json_array_get_length (must); k++)
        {
          JsonObject            *item = json_array_get_object_element (must, k);
          const char            *rule = json_object_get_string_member (item, "rule");
          g_autoptr (GListModel) of_rule = fazhi_check_result_dup_findings_for_rule (result, rule);
          gboolean               found = FALSE;

          for (guint i = 0; i < g_list_model_get_n_items (of_rule) && !found; i++)
            {
              g_autoptr (FazhiFinding) finding = g_list_model_get_item (of_rule, i);
              JsonNode                *line = json_object_get_member (item, "line");
              JsonArray               *lines = json_object_has_member (item, "lines")
                                                 ? json_object_get_array_member (item, "lines")
                                                 : NULL;

              found = TRUE;
              if (line != NULL && !JSON_NODE_HOLDS_NULL (line))
                found = finding_has_line (finding, json_node_get_int (line));
              for (guint l = 0; lines != NULL && l < json_array_get_length (lines); l++)
                found = found && finding_has_line (finding, json_array_get_int_element (lines, l));
            }
          ck_assert_msg (found, "%s: no %s finding at the expected line(s) (item %u); got:%s", name, rule, k, all);
        }
    }

  if (json_object_has_member (want, "must_not"))
    {
      JsonArray *must_not = json_object_get_array_member (want, "must_not");

      for (guint k = 0; k < json_array_get_length (must_not); k++)
        {
          const char            *rule = json_array_get_string_element (must_not, k);
          g_autoptr (GListModel) of_rule = fazhi_check_result_dup_findings_for_rule (result, rule);

          ck_assert_msg (g_list_model_get_n_items (of_rule) == 0, "%s: %s must stay silent; got:%s", name, rule, all);
        }
    }

  if (json_object_has_member (want, "followup"))
    {
      JsonArray             *followup = json_object_get_array_member (want, "followup");
      GListModel            *items = fazhi_check_result_get_followup (result);
      g_autoptr (GEnumClass) statuses = g_type_class_ref (FAZHI_TYPE_TARGET_STATUS);

      for (guint k = 0; k < json_array_get_length (followup); k++)
        {
          JsonObject *item = json_array_get_object_element (followup, k);
          guint       line = json_object_get_int_member (item, "line");
          const char *status = json_object_get_string_member (item, "status");
          gboolean    found = FALSE;

          for (guint i = 0; i < g_list_model_get_n_items (items) && !found; i++)
            {
              g_autoptr (FazhiFollowup) got = g_list_model_get_item (items, i);

              if (fazhi_followup_get_line (got) != line)
                continue;
              found = TRUE;
              ck_assert_msg (g_str_equal (g_enum_get_value (statuses, fazhi_followup_get_status (got))->value_nick,
                                          status),
                             "%s: last year's line %u is %s, expected %s", name, line,
                             g_enum_get_value (statuses, fazhi_followup_get_status (got))->value_nick, status);
            }
          ck_assert_msg (found, "%s: no follow-up of last year's line %u", name, line);
        }
    }
}
END_TEST

/* ------------------------------------------------------------------ */
/* The seed                                                            */
/* ------------------------------------------------------------------ */

static FazhiReport *
read_seed (void)
{
  g_autofree char        *path = fazhi_test_seed_path ();
  g_autoptr (FazhiReader) reader = fazhi_reader_new ();
  g_autoptr (GError)      error = NULL;
  FazhiReport            *report;

  if (path == NULL)
    return NULL;
  report = fazhi_reader_read_path (reader, path, NULL, &error);
  fazhi_assert_no_error (error);
  return report;
}

static guint
count_rule (FazhiCheckResult *result,
            const char       *rule)
{
  g_autoptr (GListModel) of_rule = fazhi_check_result_dup_findings_for_rule (result, rule);

  return g_list_model_get_n_items (of_rule);
}

/* The checker reads a freshly parsed report's bodies from the reader's
 * document; a report read back from JSON has its bodies normalised
 * again. Both must give the same findings, word for word. */
static FazhiReport *
round_trip (FazhiReport   *report,
            FazhiJsonFlags flags)
{
  g_autofree char   *json = fazhi_report_to_json (report, flags);
  g_autoptr (GError) error = NULL;
  FazhiReport       *copy = fazhi_report_new_from_json (json, -1, &error);

  fazhi_assert_no_error (error);
  return copy;
}

static char *
describe_all_findings (FazhiCheckResult *result)
{
  GListModel         *findings = fazhi_check_result_get_findings (result);
  g_autoptr (GString) out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr (FazhiFinding) finding = g_list_model_get_item (findings, i);
      guint                    n = 0;
      const guint             *lines = fazhi_finding_get_lines (finding, &n);

      g_string_append_printf (out, "%u %s %s %s %s [", fazhi_finding_get_line (finding),
                              fazhi_finding_get_rule (finding), fazhi_finding_get_message (finding),
                              fazhi_finding_get_part (finding), fazhi_finding_get_area (finding));
      for (guint k = 0; k < n; k++)
        g_string_append_printf (out, " %u", lines[k]);
      g_string_append (out, " ]\n");
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

START_TEST (test_json_copy_checks_alike)
{
  const char                  *name = g_ptr_array_index (expect_names, _i);
  JsonObject                  *want = json_object_get_object_member (expect, name);
  g_autoptr (FazhiReport)      report = read_check_fixture (name);
  g_autoptr (FazhiReport)      previous = NULL;
  g_autoptr (FazhiReport)      copy = round_trip (report, FAZHI_JSON_FLAGS_INCLUDE_TEXT);
  g_autoptr (FazhiReport)      previous_copy = NULL;
  g_autoptr (FazhiChecker)     checker = fazhi_checker_new (NULL);
  g_autoptr (FazhiCheckResult) direct = NULL;
  g_autoptr (FazhiCheckResult) again = NULL;
  g_autofree char             *expected = NULL;
  g_autofree char             *got = NULL;

  if (json_object_has_member (want, "previous"))
    {
      previous = read_check_fixture (json_object_get_string_member (want, "previous"));
      previous_copy = round_trip (previous, FAZHI_JSON_FLAGS_INCLUDE_TEXT);
    }
  direct = fazhi_checker_check (checker, report, previous);
  again = fazhi_checker_check (checker, copy, previous_copy);
  expected = describe_all_findings (direct);
  got = describe_all_findings (again);
  ck_assert_msg (g_str_equal (expected, got), "%s: parsed:\n%s\nfrom JSON:\n%s", name, expected, got);
}
END_TEST

START_TEST (test_seed)
{
  g_autoptr (FazhiReport)      report = read_seed ();
  g_autoptr (FazhiChecker)     checker = fazhi_checker_new (NULL);
  g_autoptr (FazhiCheckResult) result = NULL;
  g_autoptr (GListModel)       quantity = NULL;
  g_autoptr (GListModel)       repeated = NULL;
  g_autoptr (FazhiFinding)     first = NULL;
  g_autofree char             *all = NULL;
  FazhiSummary                *summary;

  if (report == NULL)
    return;

  result = fazhi_checker_check (checker, report, NULL);
  all = describe_findings (result);
  ck_assert_msg (count_rule (result, "missing-part") == 0, "%s", all);
  ck_assert_msg (count_rule (result, "missing-area") == 0, "%s", all);
  ck_assert_msg (count_rule (result, "missing-date") == 0, "%s", all);
  ck_assert_msg (count_rule (result, "late-report") == 0, "%s", all);
  ck_assert (!fazhi_check_result_has_errors (result));

  quantity = fazhi_check_result_dup_findings_for_rule (result, "missing-quantity");
  ck_assert_msg (g_list_model_get_n_items (quantity) >= 1, "no missing-quantity:%s", all);
  first = g_list_model_get_item (quantity, 0);
  ck_assert_uint_eq (fazhi_finding_get_line (first), 21);

  repeated = fazhi_check_result_dup_findings_for_rule (result, "repeated-text");
  ck_assert_msg (g_list_model_get_n_items (repeated) >= 1, "no repeated-text:%s", all);
  {
    g_autoptr (FazhiFinding) finding = g_list_model_get_item (repeated, 0);

    ck_assert (finding_has_line (finding, 27));
    ck_assert (finding_has_line (finding, 41));
  }

  summary = fazhi_check_result_get_summary (result);
  ck_assert_uint_eq (g_strv_length ((char **) fazhi_summary_get_areas_covered (summary)), 8);
  ck_assert_uint_eq (g_strv_length ((char **) fazhi_summary_get_parts_missing (summary)), 0);
  ck_assert (fazhi_summary_get_followup_rate (summary) < 0);
}
END_TEST

START_TEST (test_seed_late_under_local_policy)
{
  g_autoptr (FazhiReport)      report = read_seed ();
  g_autoptr (GError)           error = NULL;
  const char                  *json = "{\"format\":1,\"name\":\"yubei\","
                                      "\"deadlines\":{\"department\":{\"report\":{\"by\":\"01-20\"}}}}";
  g_autoptr (GBytes)           bytes = g_bytes_new_static (json, strlen (json));
  g_autoptr (FazhiPolicy)      policy = fazhi_policy_new_from_bytes (bytes, "yubei.json", &error);
  g_autoptr (FazhiChecker)     checker = NULL;
  g_autoptr (FazhiCheckResult) result = NULL;
  g_autoptr (GListModel)       late = NULL;
  g_autoptr (FazhiFinding)     finding = NULL;

  if (report == NULL)
    return;

  fazhi_assert_no_error (error);
  checker = fazhi_checker_new (policy);
  result = fazhi_checker_check (checker, report, NULL);
  late = fazhi_check_result_dup_findings_for_rule (result, "late-report");
  ck_assert_uint_eq (g_list_model_get_n_items (late), 1);
  finding = g_list_model_get_item (late, 0);
  ck_assert_int_eq (fazhi_finding_get_severity (finding), FAZHI_SEVERITY_ERROR);
  ck_assert_ptr_nonnull (strstr (fazhi_finding_get_message (finding), "2021-01-28"));
  ck_assert_ptr_nonnull (strstr (fazhi_finding_get_message (finding), "2021-01-20"));
  ck_assert (fazhi_check_result_has_errors (result));
}
END_TEST

/* ------------------------------------------------------------------ */
/* Rules on small texts                                                */
/* ------------------------------------------------------------------ */

static const char *complete_2022 =
  "北塘市临河区司法局\n"
  "关于2022年度法治政府建设情况的报告\n"
  "区人民政府：\n"
  "一、2022年主要举措和成效\n"
  "（一）深化“放管服”改革。全年精简审批事项12项，政务服务事项全部实现一网通办。\n"
  "二、存在的不足和原因\n"
  "（一）执法队伍专业化水平不高。部分执法人员法律素养不足。\n"
  "三、党政主要负责人履行推进法治建设第一责任人职责情况\n"
  "局主要负责人带头尊法学法守法用法，对法治建设重要工作亲自部署、亲自督办。\n"
  "四、2023年工作安排\n"
  "（一）由政策法规科负责，每年组织执法人员专业培训不少于4次，提升执法队伍专业化水平。\n"
  "北塘市临河区司法局\n"
  "2023年1月18日\n";

START_TEST (test_missing_part_and_date)
{
  g_autoptr (FazhiReport)      report = read_text ("关于2022年度法治政府建设情况的报告\n"
                                                        "区人民政府：\n"
                                                        "一、主要举措和成效\n"
                                                        "（一）深化“放管服”改革。全年精简审批事项12项。\n"
                                                        "二、下一步工作安排\n"
                                                        "（一）每年开展培训2次。\n");
  g_autoptr (FazhiChecker)     checker = fazhi_checker_new (NULL);
  g_autoptr (FazhiCheckResult) result = fazhi_checker_check (checker, report, NULL);
  g_autoptr (GListModel)       missing = fazhi_check_result_dup_findings_for_rule (result, "missing-part");
  g_autofree char             *all = describe_findings (result);
  gboolean                     responsibility = FALSE, shortcomings = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (missing); i++)
    {
      g_autoptr (FazhiFinding) finding = g_list_model_get_item (missing, i);

      responsibility |= g_strcmp0 (fazhi_finding_get_part (finding), "responsibility") == 0;
      shortcomings |= g_strcmp0 (fazhi_finding_get_part (finding), "shortcomings") == 0;
      ck_assert_int_eq (fazhi_finding_get_severity (finding), FAZHI_SEVERITY_ERROR);
      ck_assert_uint_eq (fazhi_finding_get_line (finding), 0);
    }
  ck_assert_msg (responsibility && shortcomings, "%s", all);
  ck_assert_uint_eq (g_list_model_get_n_items (missing), 2);
  ck_assert_uint_eq (count_rule (result, "missing-date"), 1);
  ck_assert (fazhi_check_result_has_errors (result));
}
END_TEST

START_TEST (test_not_a_report_alone)
{
  g_autoptr (FazhiReport)      report = read_text ("关于印发2023年法治政府建设工作要点的通知\n"
                                                        "各单位：\n现将工作要点印发给你们，请认真贯彻落实。\n");
  g_autoptr (FazhiChecker)     checker = fazhi_checker_new (NULL);
  g_autoptr (FazhiCheckResult) result = fazhi_checker_check (checker, report, NULL);
  GListModel                  *findings = fazhi_check_result_get_findings (result);
  g_autoptr (FazhiFinding)     finding = NULL;

  ck_assert (!fazhi_report_get_is_report (report));
  /* The other rules would only add noise. */
  ck_assert_uint_eq (g_list_model_get_n_items (findings), 1);
  finding = g_list_model_get_item (findings, 0);
  ck_assert_str_eq (fazhi_finding_get_rule (finding), "not-a-report");
  ck_assert_double_eq (fazhi_summary_get_score (fazhi_check_result_get_summary (result)), 0);
}
END_TEST

START_TEST (test_complete_report)
{
  g_autoptr (FazhiReport)      report = read_text (complete_2022);
  g_autoptr (FazhiChecker)     checker = fazhi_checker_new (NULL);
  g_autoptr (FazhiCheckResult) result = fazhi_checker_check (checker, report, NULL);
  g_autofree char             *all = describe_findings (result);
  FazhiSummary                *summary = fazhi_check_result_get_summary (result);

  ck_assert_msg (count_rule (result, "missing-part") == 0, "%s", all);
  ck_assert_msg (count_rule (result, "missing-date") == 0, "%s", all);
  ck_assert_msg (count_rule (result, "late-report") == 0, "%s", all);
  ck_assert_msg (count_rule (result, "year-mismatch") == 0, "%s", all);
  ck_assert_msg (count_rule (result, "shortcoming-unanswered") == 0, "%s", all);
  ck_assert_msg (count_rule (result, "target-without-owner") == 0, "%s", all);
  ck_assert_msg (count_rule (result, "unmeasurable-target") == 0, "%s", all);
  /* Only one of nine areas and two of six duties are shown. */
  ck_assert_uint_eq (count_rule (result, "missing-area"), 8);
  ck_assert_uint_eq (count_rule (result, "duty-not-evidenced"), 4);
  ck_assert_uint_eq (fazhi_summary_get_n_targets (summary), 1);
  ck_assert_uint_eq (fazhi_summary_get_n_measurable (summary), 1);
  ck_assert_uint_eq (fazhi_summary_get_n_warnings (summary), 12);
}
END_TEST

START_TEST (test_year_mismatch)
{
  g_autofree char             *text = g_strdup (complete_2022);
  g_autoptr (FazhiReport)      report = NULL;
  g_autoptr (FazhiChecker)     checker = fazhi_checker_new (NULL);
  g_autoptr (FazhiCheckResult) result = NULL;
  g_autoptr (GListModel)       found = NULL;
  g_autoptr (FazhiFinding)     finding = NULL;
  char                        *heading = strstr (text, "一、2022年");

  /* The measures heading reports on another year than the title. */
  memcpy (heading + strlen ("一、"), "2021", 4);
  report = read_text (text);
  result = fazhi_checker_check (checker, report, NULL);
  found = fazhi_check_result_dup_findings_for_rule (result, "year-mismatch");
  ck_assert_uint_eq (g_list_model_get_n_items (found), 1);
  finding = g_list_model_get_item (found, 0);
  ck_assert_uint_eq (fazhi_finding_get_line (finding), 4);
  ck_assert_ptr_nonnull (strstr (fazhi_finding_get_message (finding), "2022"));
  ck_assert_ptr_nonnull (strstr (fazhi_finding_get_message (finding), "2021"));
}
END_TEST

START_TEST (test_policy_switches)
{
  g_autoptr (FazhiReport)      report = read_text (complete_2022);
  g_autoptr (FazhiPolicy)      policy = fazhi_policy_new ();
  g_autoptr (FazhiChecker)     checker = NULL;
  g_autoptr (FazhiCheckResult) result = NULL;
  g_autoptr (GListModel)       duties = NULL;
  g_autoptr (FazhiFinding)     finding = NULL;

  fazhi_policy_set_rule_mode (policy, "missing-area", FAZHI_RULE_MODE_OFF);
  fazhi_policy_set_rule_mode (policy, "duty-not-evidenced", FAZHI_RULE_MODE_ERROR);
  checker = fazhi_checker_new (policy);
  result = fazhi_checker_check (checker, report, NULL);

  ck_assert_uint_eq (count_rule (result, "missing-area"), 0);
  duties = fazhi_check_result_dup_findings_for_rule (result, "duty-not-evidenced");
  ck_assert_uint_eq (g_list_model_get_n_items (duties), 4);
  finding = g_list_model_get_item (duties, 0);
  ck_assert_int_eq (fazhi_finding_get_severity (finding), FAZHI_SEVERITY_ERROR);
  ck_assert_str_eq (fazhi_finding_get_part (finding), "responsibility");
  ck_assert (fazhi_check_result_has_errors (result));

  /* An optional area is not missing. */
  fazhi_policy_set_rule_mode (policy, "missing-area", FAZHI_RULE_MODE_DEFAULT);
  fazhi_policy_set_area_optional (policy, "emergencies", TRUE);
  g_clear_object (&result);
  result = fazhi_checker_check (checker, report, NULL);
  ck_assert_uint_eq (count_rule (result, "missing-area"), 7);
}
END_TEST

static void
no_todo (FazhiRule         *rule,
         FazhiCheckContext *context,
         gpointer           user_data)
{
  GListModel *sections = fazhi_report_get_sections (fazhi_check_context_get_report (context));
  guint      *calls = user_data;

  (*calls)++;
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr (FazhiSection) section = g_list_model_get_item (sections, i);

      if (fazhi_section_get_body (section) != NULL && strstr (fazhi_section_get_body (section), "待补充") != NULL)
        fazhi_check_context_add (context, fazhi_section_get_body_line (section), "leftover 待补充");
    }
}

START_TEST (test_custom_rule)
{
  g_autofree char             *text = g_strconcat (complete_2022, "", NULL);
  g_autoptr (FazhiReport)      clean = read_text (complete_2022);
  g_autoptr (FazhiReport)      report = NULL;
  g_autoptr (FazhiChecker)     checker = fazhi_checker_new (NULL);
  g_autoptr (FazhiCheckResult) result = NULL;
  g_autoptr (GListModel)       found = NULL;
  g_autoptr (FazhiFinding)     finding = NULL;
  g_autoptr (GError)           error = NULL;
  guint                        calls = 0;
  g_autoptr (FazhiRule)        rule = fazhi_rule_new ("no-todo", FAZHI_SEVERITY_WARNING, "No 待补充 markers", no_todo, &calls, NULL);
  g_autoptr (FazhiRule)        twin = fazhi_rule_new ("no-todo", FAZHI_SEVERITY_INFO, "twin", no_todo, &calls, NULL);
  g_autoptr (FazhiRule)        bad = fazhi_rule_new ("No Todo", FAZHI_SEVERITY_INFO, "bad id", no_todo, &calls, NULL);
  char                        *at = strstr (text, "部分执法人员法律素养不足。");

  memcpy (at, "待补充", strlen ("待补充"));
  report = read_text (text);

  ck_assert (fazhi_checker_add_rule (checker, rule, &error));
  fazhi_assert_no_error (error);
  ck_assert_str_eq (fazhi_rule_get_family (rule), "custom");
  ck_assert_ptr_eq (fazhi_checker_lookup_rule (checker, "no-todo"), rule);
  ck_assert (!fazhi_checker_add_rule (checker, twin, &error));
  fazhi_assert_error (error, FAZHI_ERROR, FAZHI_ERROR_INVALID_RULE);
  g_clear_error (&error);
  ck_assert (!fazhi_checker_add_rule (checker, bad, &error));
  fazhi_assert_error (error, FAZHI_ERROR, FAZHI_ERROR_INVALID_RULE);
  g_clear_error (&error);

  result = fazhi_checker_check (checker, report, NULL);
  ck_assert_uint_eq (calls, 1);
  found = fazhi_check_result_dup_findings_for_rule (result, "no-todo");
  ck_assert_uint_eq (g_list_model_get_n_items (found), 1);
  finding = g_list_model_get_item (found, 0);
  ck_assert_uint_eq (fazhi_finding_get_line (finding), 7);
  ck_assert_str_eq (fazhi_finding_get_part (finding), "shortcomings");
  ck_assert_int_eq (fazhi_finding_get_severity (finding), FAZHI_SEVERITY_WARNING);

  /* The policy governs custom rules by id like the built-in ones. */
  fazhi_policy_set_rule_mode (fazhi_checker_get_policy (checker), "no-todo", FAZHI_RULE_MODE_OFF);
  g_clear_object (&result);
  result = fazhi_checker_check (checker, report, NULL);
  ck_assert_uint_eq (calls, 1);
  g_clear_object (&result);
  fazhi_policy_set_rule_mode (fazhi_checker_get_policy (checker), "no-todo", FAZHI_RULE_MODE_DEFAULT);
  result = fazhi_checker_check (checker, clean, NULL);
  ck_assert_uint_eq (calls, 2);
  ck_assert_uint_eq (count_rule (result, "no-todo"), 0);
}
END_TEST

START_TEST (test_rules_listed)
{
  /* clang-format off */
  static const char * const ids[] = {
    "missing-part", "missing-area", "empty-section", "missing-date", "not-a-report",
    "late-report", "year-mismatch", "duty-not-evidenced",
    "unmeasurable-target", "target-without-owner", "shortcoming-unanswered",
    "missing-quantity", "repeated-text", "placeholder-text", "implausible-figure", "truncated-text",
    "target-not-followed-up", "recurring-shortcoming", "copied-from-previous", "figure-inconsistent",
  };
  /* clang-format on */
  g_autoptr (FazhiChecker) checker = fazhi_checker_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      FazhiRule *rule = fazhi_checker_lookup_rule (checker, ids[i]);

      ck_assert_msg (rule != NULL, "no rule %s", ids[i]);
      ck_assert_str_ne (fazhi_rule_get_family (rule), "custom");
      ck_assert_ptr_nonnull (fazhi_rule_get_summary (rule));
    }
  ck_assert_uint_eq (g_list_model_get_n_items (fazhi_checker_get_rules (checker)), G_N_ELEMENTS (ids));
  ck_assert (fazhi_rule_get_needs_previous (fazhi_checker_lookup_rule (checker, "figure-inconsistent")));
  ck_assert (!fazhi_rule_get_needs_previous (fazhi_checker_lookup_rule (checker, "repeated-text")));
}
END_TEST

START_TEST (test_json_result)
{
  g_autoptr (FazhiReport)      report = read_text (complete_2022);
  g_autoptr (FazhiReport)      back = NULL;
  g_autoptr (FazhiChecker)     checker = fazhi_checker_new (NULL);
  g_autoptr (FazhiCheckResult) result = fazhi_checker_check (checker, report, NULL);
  g_autoptr (FazhiCheckResult) again = NULL;
  g_autoptr (FazhiCheckResult) reread = NULL;
  g_autoptr (GError)           error = NULL;
  g_autofree char             *json = fazhi_check_result_to_json (result, FAZHI_JSON_FLAGS_NONE);
  g_autofree char             *report_json = fazhi_report_to_json (report, FAZHI_JSON_FLAGS_NONE);
  g_autofree char             *json_again = NULL;
  g_autofree char             *reread_json = NULL;

  /* A report read back from JSON is checked the same way. */
  back = fazhi_report_new_from_json (report_json, -1, &error);
  fazhi_assert_no_error (error);
  again = fazhi_checker_check (checker, back, NULL);
  json_again = fazhi_check_result_to_json (again, FAZHI_JSON_FLAGS_NONE);
  ck_assert_str_eq (json, json_again);

  reread = fazhi_check_result_new_from_json (json, -1, &error);
  fazhi_assert_no_error (error);
  reread_json = fazhi_check_result_to_json (reread, FAZHI_JSON_FLAGS_NONE);
  ck_assert_str_eq (json, reread_json);
  ck_assert_ptr_nonnull (strstr (json, "\"summary\":{"));
  ck_assert_ptr_nonnull (strstr (json, "\"followup\":[]"));
}
END_TEST

static void
on_checked (GObject      *source,
            GAsyncResult *res,
            gpointer      user_data)
{
  FazhiCheckResult **out = user_data;
  g_autoptr (GError) error = NULL;

  *out = fazhi_checker_check_finish (FAZHI_CHECKER (source), res, &error);
  fazhi_assert_no_error (error);
}

START_TEST (test_async)
{
  g_autoptr (FazhiReport)      report = read_text (complete_2022);
  g_autoptr (FazhiChecker)     checker = fazhi_checker_new (NULL);
  g_autoptr (FazhiCheckResult) result = NULL;

  fazhi_checker_check_async (checker, report, NULL, NULL, on_checked, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  ck_assert_uint_eq (count_rule (result, "missing-area"), 8);
}
END_TEST

START_TEST (test_messages_in_chinese)
{
  g_autoptr (FazhiReport)      report = read_text (complete_2022);
  g_autoptr (FazhiChecker)     checker = NULL;
  g_autoptr (FazhiCheckResult) result = NULL;
  g_autoptr (GListModel)       missing = NULL;
  g_autoptr (FazhiFinding)     finding = NULL;

  /* The locale picks the language of the messages. */
  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  checker = fazhi_checker_new (NULL);
  result = fazhi_checker_check (checker, report, NULL);
  g_setenv ("LANGUAGE", "", TRUE);

  missing = fazhi_check_result_dup_findings_for_rule (result, "missing-area");
  finding = g_list_model_get_item (missing, 0);
  ck_assert_msg (strstr (fazhi_finding_get_message (finding), "未") != NULL ||
                   strstr (fazhi_finding_get_message (finding), "没有") != NULL,
                 "not translated: %s", fazhi_finding_get_message (finding));
  ck_assert_ptr_null (strstr (fazhi_finding_get_message (finding), "No section"));
}
END_TEST

START_TEST (test_local_outline)
{
  const char *catalog_json =
    "{\"format\":1,\"id\":\"beitang-2021\",\"kind\":\"outline\",\"title\":\"北塘市法治政府建设实施方案\","
    "\"years\":[2021,null],\"entries\":["
    "{\"slug\":\"business\",\"ordinal\":1,\"title\":\"打造一流法治化营商环境\",\"keywords\":[\"营商环境\",\"放管服\"]},"
    "{\"slug\":\"harbour\",\"ordinal\":2,\"title\":\"依法治港\",\"keywords\":[\"港口\",\"航道\",\"口岸\"]},"
    "{\"slug\":\"grassroots\",\"ordinal\":3,\"title\":\"推进基层依法治理\",\"keywords\":[\"基层治理\",\"乡镇\",\"村居\"]}]}";
  g_autoptr (GBytes)           bytes = g_bytes_new_static (catalog_json, strlen (catalog_json));
  g_autoptr (GError)           error = NULL;
  g_autoptr (FazhiCatalog)     outline = fazhi_catalog_new_from_bytes (bytes, "beitang.json", &error);
  g_autoptr (FazhiReader)      reader = fazhi_reader_new ();
  g_autoptr (FazhiChecker)     checker = fazhi_checker_new (NULL);
  g_autoptr (FazhiReport)      report = NULL;
  g_autoptr (FazhiCheckResult) result = NULL;
  g_autoptr (GListModel)       missing = NULL;
  g_autoptr (FazhiFinding)     finding = NULL;

  fazhi_assert_no_error (error);
  fazhi_reader_add_outline (reader, outline);
  report = fazhi_reader_read_text (reader,
                                   "北塘市港口管理局\n关于2022年度法治政府建设情况的报告\n市人民政府：\n"
                                   "一、主要举措和成效\n"
                                   "（一）打造法治化营商环境。深化“放管服”改革，精简审批事项12项。\n"
                                   "（二）依法治港。规范港口经营秩序，开展航道执法检查36次。\n"
                                   "二、存在的不足\n（一）执法力量不足。\n"
                                   "三、主要负责人履行推进法治建设第一责任人职责情况\n局长亲自部署法治工作。\n"
                                   "四、下一步工作安排\n（一）年底前完成执法队伍培训。\n"
                                   "北塘市港口管理局\n2023年1月10日\n",
                                   -1, &error);
  fazhi_assert_no_error (error);
  ck_assert_str_eq (fazhi_report_get_framework (report), "beitang-2021");

  /* Without the catalog the checker cannot judge the areas… */
  result = fazhi_checker_check (checker, report, NULL);
  ck_assert_uint_eq (count_rule (result, "missing-area"), 0);
  g_clear_object (&result);

  /* …with it, the one area the report leaves out is missing. */
  fazhi_checker_add_outline (checker, outline);
  result = fazhi_checker_check (checker, report, NULL);
  missing = fazhi_check_result_dup_findings_for_rule (result, "missing-area");
  ck_assert_uint_eq (g_list_model_get_n_items (missing), 1);
  finding = g_list_model_get_item (missing, 0);
  ck_assert_str_eq (fazhi_finding_get_area (finding), "grassroots");
  ck_assert_uint_eq (g_strv_length ((char **) fazhi_summary_get_areas_covered (fazhi_check_result_get_summary (result))), 2);
}
END_TEST

static Suite *
checker_suite (void)
{
  Suite *suite = suite_create ("checker");
  TCase *fixtures = tcase_create ("fixtures");
  TCase *seed = tcase_create ("seed");
  TCase *rules = tcase_create ("rules");

  tcase_add_loop_test (fixtures, test_expectations, 0, expect_names->len);
  tcase_add_loop_test (fixtures, test_json_copy_checks_alike, 0, expect_names->len);
  tcase_set_timeout (fixtures, 120);
  suite_add_tcase (suite, fixtures);

  tcase_add_test (seed, test_seed);
  tcase_add_test (seed, test_seed_late_under_local_policy);
  suite_add_tcase (suite, seed);

  tcase_add_test (rules, test_missing_part_and_date);
  tcase_add_test (rules, test_not_a_report_alone);
  tcase_add_test (rules, test_complete_report);
  tcase_add_test (rules, test_year_mismatch);
  tcase_add_test (rules, test_policy_switches);
  tcase_add_test (rules, test_custom_rule);
  tcase_add_test (rules, test_rules_listed);
  tcase_add_test (rules, test_json_result);
  tcase_add_test (rules, test_async);
  tcase_add_test (rules, test_messages_in_chinese);
  tcase_add_test (rules, test_local_outline);
  suite_add_tcase (suite, rules);

  return suite;
}

int
main (void)
{
  g_autofree char   *path = fazhi_test_data_path ("checks", "expect.json", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (GList)  members = NULL;
  int                status;

  setlocale (LC_ALL, "");

  /* Loaded before the suite runs, where check's asserts cannot be used. */
  expect_parser = json_parser_new ();
  if (!json_parser_load_from_file (expect_parser, path, &error))
    g_error ("%s", error->message);
  expect = json_node_get_object (json_parser_get_root (expect_parser));
  expect_names = g_ptr_array_new ();
  members = json_object_get_members (expect);
  for (GList *l = members; l != NULL; l = l->next)
    g_ptr_array_add (expect_names, l->data);

  status = fazhi_test_run (checker_suite ());

  g_ptr_array_unref (expect_names);
  g_object_unref (expect_parser);
  return status;
}
