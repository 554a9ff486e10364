/* test-followup.c: what became of last year's targets and shortcomings
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Checks report pairs the way a user does — both read with FazhiReader,
 * this year's checked with last year's as previous — and compares the
 * follow-up statuses and the findings of the followup rules with
 * tests/data/checks/expect.json. The evidence lines, which expect.json
 * does not give, are the sentences a reviewer would point at.
 */

#include <string.h>

#include "fazhi.h"

#include "fazhi-test.h"

static const char * const followup_rules[] = {
  "target-not-followed-up",
  "recurring-shortcoming",
  "copied-from-previous",
  "figure-inconsistent",
};

/* Helpers ------------------------------------------------------------ */

static FazhiReport *
read_report_at (const char *path)
{
  g_autoptr (FazhiReader) reader = fazhi_reader_new ();
  g_autoptr (GError)      error = NULL;
  FazhiReport            *report = fazhi_reader_read_path (reader, path, NULL, &error);

  fazhi_assert_no_error (error);
  ck_assert_ptr_nonnull (report);
  return report;
}

static FazhiReport *
read_check_fixture (const char *name)
{
  g_autofree char *path = fazhi_test_data_path ("checks", name, NULL);

  return read_report_at (path);
}

static FazhiReport *
read_text (const char *text)
{
  g_autoptr (FazhiReader) reader = fazhi_reader_new ();
  g_autoptr (GError)      error = NULL;
  FazhiReport            *report = fazhi_reader_read_text (reader, text, -1, &error);

  fazhi_assert_no_error (error);
  ck_assert_ptr_nonnull (report);
  return report;
}

static char *
load_check_fixture (const char *name)
{
  g_autofree char   *path = fazhi_test_data_path ("checks", name, NULL);
  g_autoptr (GBytes) bytes = fazhi_test_load_bytes (path);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static FazhiCheckResult *
check_pair (FazhiReport *report,
            FazhiReport *previous)
{
  g_autoptr (FazhiChecker) checker = fazhi_checker_new (NULL);
  FazhiCheckResult        *result = fazhi_checker_check (checker, report, previous);

  ck_assert_ptr_nonnull (result);
  return result;
}

static FazhiCheckResult *
check_fixtures (const char *name,
                const char *previous_name)
{
  g_autoptr (FazhiReport) report = read_check_fixture (name);
  g_autoptr (FazhiReport) previous = previous_name ? read_check_fixture (previous_name) : NULL;

  return check_pair (report, previous);
}

static JsonObject *
load_expectations (JsonParser **parser_out)
{
  g_autofree char   *path = fazhi_test_data_path ("checks", "expect.json", NULL);
  g_autoptr (GError) error = NULL;
  JsonParser        *parser = json_parser_new ();

  json_parser_load_from_file (parser, path, &error);
  fazhi_assert_no_error (error);
  *parser_out = parser;
  return json_node_get_object (json_parser_get_root (parser));
}

static FazhiTargetStatus
parse_status (const char *status)
{
  if (g_str_equal (status, "met"))
    return FAZHI_TARGET_STATUS_MET;
  if (g_str_equal (status, "partly"))
    return FAZHI_TARGET_STATUS_PARTLY;
  if (g_str_equal (status, "no-evidence"))
    return FAZHI_TARGET_STATUS_NO_EVIDENCE;
  ck_abort_msg ("unknown status %s in expect.json", status);
  return FAZHI_TARGET_STATUS_UNKNOWN;
}

static const char *
status_name (FazhiTargetStatus status)
{
  static const char * const names[] = { "unknown", "met", "partly", "no-evidence" };

  return status < G_N_ELEMENTS (names) ? names[status] : "?";
}

/* The follow-up of the item on @line of last year's report. */
static FazhiFollowup *
find_followup (FazhiCheckResult *result,
               FazhiFollowupKind kind,
               guint             line)
{
  GListModel *followup = fazhi_check_result_get_followup (result);

  for (guint i = 0; i < g_list_model_get_n_items (followup); i++)
    {
      g_autoptr (FazhiFollowup) item = g_list_model_get_item (followup, i);

      if (fazhi_followup_get_kind (item) == kind && fazhi_followup_get_line (item) == line)
        return item;
    }
  ck_abort_msg ("no follow-up of the %s on line %u", kind == FAZHI_FOLLOWUP_KIND_TARGET ? "target" : "shortcoming",
                line);
  return NULL;
}

static void
assert_evidence (FazhiFollowup *followup,
                 const guint   *expected,
                 guint          n_expected)
{
  guint        n;
  const guint *lines = fazhi_followup_get_evidence_lines (followup, &n);

  ck_assert_msg (n == n_expected, "follow-up of line %u: %u evidence lines, expected %u",
                 fazhi_followup_get_line (followup), n, n_expected);
  for (guint i = 0; i < n; i++)
    ck_assert_uint_eq (lines[i], expected[i]);
}

static gboolean
is_followup_rule (const char *rule)
{
  for (guint i = 0; i < G_N_ELEMENTS (followup_rules); i++)
    if (g_str_equal (rule, followup_rules[i]))
      return TRUE;
  return FALSE;
}

static guint
count_findings (FazhiCheckResult *result,
                const char       *rule)
{
  g_autoptr (GListModel) findings = fazhi_check_result_dup_findings_for_rule (result, rule);

  return g_list_model_get_n_items (findings);
}

static guint
count_followup_findings (FazhiCheckResult *result)
{
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (followup_rules); i++)
    n += count_findings (result, followup_rules[i]);
  return n;
}

/* Whether @message names @number on its own (not as part of 1075). */
static gboolean
names_number (const char *message,
              guint       number)
{
  g_autofree char *digits = g_strdup_printf ("%u", number);
  gsize            n = strlen (digits);

  for (const char *p = strstr (message, digits); p != NULL; p = strstr (p + 1, digits))
    if ((p == message || !g_ascii_isdigit (p[-1])) && !g_ascii_isdigit (p[n]))
      return TRUE;
  return FALSE;
}

static gboolean
has_line (FazhiFinding *finding,
          guint         line)
{
  guint        n;
  const guint *lines = fazhi_finding_get_lines (finding, &n);

  for (guint i = 0; i < n; i++)
    if (lines[i] == line)
      return TRUE;
  return FALSE;
}

/* The single finding of @rule. */
static FazhiFinding *
only_finding (FazhiCheckResult *result,
              const char       *rule)
{
  g_autoptr (GListModel)   findings = fazhi_check_result_dup_findings_for_rule (result, rule);
  g_autoptr (FazhiFinding) finding = NULL;

  ck_assert_msg (g_list_model_get_n_items (findings) == 1, "%s: %u findings, expected 1", rule,
                 g_list_model_get_n_items (findings));
  finding = g_list_model_get_item (findings, 0);
  /* The result keeps its findings alive. */
  return finding;
}

/* Fixture pairs against expect.json ----------------------------------- */

START_TEST (test_followup_statuses)
{
  g_autoptr (JsonParser) parser = NULL;
  JsonObject            *expectations = load_expectations (&parser);
  g_autoptr (GList)      files = json_object_get_members (expectations);
  guint                  checked = 0;

  for (GList *l = files; l != NULL; l = l->next)
    {
      JsonObject                  *expect = json_object_get_object_member (expectations, l->data);
      g_autoptr (FazhiCheckResult) result = NULL;
      JsonArray                   *followup;
      guint                        n_targets = 0;
      GListModel                  *items;

      if (!json_object_has_member (expect, "followup"))
        continue;
      result = check_fixtures (l->data, json_object_get_string_member (expect, "previous"));
      followup = json_object_get_array_member (expect, "followup");
      for (guint i = 0; i < json_array_get_length (followup); i++)
        {
          JsonObject       *item = json_array_get_object_element (followup, i);
          guint             line = json_object_get_int_member (item, "line");
          FazhiTargetStatus expected = parse_status (json_object_get_string_member (item, "status"));
          FazhiFollowup    *target = find_followup (result, FAZHI_FOLLOWUP_KIND_TARGET, line);

          ck_assert_msg (fazhi_followup_get_status (target) == expected, "%s: target on line %u is %s, expected %s",
                         (const char *) l->data, line, status_name (fazhi_followup_get_status (target)),
                         status_name (expected));
          checked++;
        }

      /* Every target of last year's is followed up, and only those. */
      items = fazhi_check_result_get_followup (result);
      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr (FazhiFollowup) item = g_list_model_get_item (items, i);

          n_targets += fazhi_followup_get_kind (item) == FAZHI_FOLLOWUP_KIND_TARGET;
        }
      ck_assert_uint_eq (n_targets, json_array_get_length (followup));
    }
  ck_assert_uint_ge (checked, 8);
}
END_TEST

START_TEST (test_followup_findings)
{
  g_autoptr (JsonParser)       parser = NULL;
  JsonObject                  *expectations = load_expectations (&parser);
  JsonObject                  *expect = json_object_get_object_member (expectations, "followup-2022.txt");
  g_autoptr (FazhiCheckResult) result = check_fixtures ("followup-2022.txt",
                                                        json_object_get_string_member (expect, "previous"));
  JsonArray                   *must = json_object_get_array_member (expect, "must");
  guint                        checked = 0;

  for (guint i = 0; i < json_array_get_length (must); i++)
    {
      JsonObject   *entry = json_array_get_object_element (must, i);
      const char   *rule = json_object_get_string_member (entry, "rule");
      guint         line = json_object_get_null_member (entry, "line") ? 0 : json_object_get_int_member (entry, "line");
      FazhiFinding *finding;

      if (!is_followup_rule (rule))
        continue;
      /* Each rule fires once, where expect.json says, and tells the
       * reviewer where to look in last year's report. */
      finding = only_finding (result, rule);
      ck_assert_msg (fazhi_finding_get_line (finding) == line, "%s on line %u, expected %u", rule,
                     fazhi_finding_get_line (finding), line);
      ck_assert_int_eq (fazhi_finding_get_severity (finding), FAZHI_SEVERITY_WARNING);
      if (json_object_has_member (entry, "previous_line"))
        ck_assert_msg (names_number (fazhi_finding_get_message (finding),
                                     json_object_get_int_member (entry, "previous_line")),
                       "%s does not name line %d of last year's report: %s", rule,
                       (int) json_object_get_int_member (entry, "previous_line"), fazhi_finding_get_message (finding));
      checked++;
    }
  ck_assert_uint_eq (checked, G_N_ELEMENTS (followup_rules));
}
END_TEST

/* The followup pair in detail ------------------------------------------ */

START_TEST (test_followup_evidence)
{
  g_autoptr (FazhiCheckResult) result = check_fixtures ("followup-2022.txt", "followup-2021.txt");
  GListModel                  *items = fazhi_check_result_get_followup (result);
  FazhiFollowup               *followup;
  static const guint           training[] = { 27 };
  static const guint           checkpoints[] = { 25 };
  static const guint           online[] = { 11 };
  static const guint           repeated[] = { 61 };

  /* Four targets, then three shortcomings, in last year's order. */
  ck_assert_uint_eq (g_list_model_get_n_items (items), 7);
  for (guint i = 0; i < 7; i++)
    {
      g_autoptr (FazhiFollowup) item = g_list_model_get_item (items, i);

      ck_assert_int_eq (fazhi_followup_get_kind (item),
                        i < 4 ? FAZHI_FOLLOWUP_KIND_TARGET : FAZHI_FOLLOWUP_KIND_SHORTCOMING);
    }

  /* 每年开展执法培训4次, and 2022 did 2: partly, from line 27. */
  followup = find_followup (result, FAZHI_FOLLOWUP_KIND_TARGET, 69);
  ck_assert_str_eq (fazhi_followup_get_heading (followup), "加强执法人员培训");
  assert_evidence (followup, training, G_N_ELEMENTS (training));
  /* 3 checkpoints built (line 25) and 100% online (line 11). */
  assert_evidence (find_followup (result, FAZHI_FOLLOWUP_KIND_TARGET, 71), checkpoints, G_N_ELEMENTS (checkpoints));
  assert_evidence (find_followup (result, FAZHI_FOLLOWUP_KIND_TARGET, 73), online, G_N_ELEMENTS (online));
  /* The 路政宣传月 is not mentioned at all. */
  assert_evidence (find_followup (result, FAZHI_FOLLOWUP_KIND_TARGET, 75), NULL, 0);

  /* The first shortcoming is repeated on line 61: not dealt with. */
  followup = find_followup (result, FAZHI_FOLLOWUP_KIND_SHORTCOMING, 61);
  ck_assert_int_eq (fazhi_followup_get_status (followup), FAZHI_TARGET_STATUS_NO_EVIDENCE);
  assert_evidence (followup, repeated, G_N_ELEMENTS (repeated));
  /* 超限超载治理手段单一 was answered by the checkpoints, which were built. */
  followup = find_followup (result, FAZHI_FOLLOWUP_KIND_SHORTCOMING, 63);
  ck_assert_int_eq (fazhi_followup_get_status (followup), FAZHI_TARGET_STATUS_MET);
  assert_evidence (followup, checkpoints, G_N_ELEMENTS (checkpoints));
  /* 农村群众交通法治意识不强: its target was ignored, and nothing else says a word. */
  followup = find_followup (result, FAZHI_FOLLOWUP_KIND_SHORTCOMING, 65);
  ck_assert_int_eq (fazhi_followup_get_status (followup), FAZHI_TARGET_STATUS_NO_EVIDENCE);
  assert_evidence (followup, NULL, 0);
}
END_TEST

START_TEST (test_followup_finding_lines)
{
  g_autoptr (FazhiCheckResult) result = check_fixtures ("followup-2022.txt", "followup-2021.txt");
  FazhiFinding                *finding;
  guint                        n;

  /* Partly is not ignored: only the 路政宣传月 target is reported. */
  finding = only_finding (result, "target-not-followed-up");
  ck_assert_ptr_null (fazhi_finding_get_lines (finding, &n));
  ck_assert_ptr_nonnull (strstr (fazhi_finding_get_message (finding), "开展农村公路法治宣传"));

  finding = only_finding (result, "recurring-shortcoming");
  ck_assert_ptr_nonnull (strstr (fazhi_finding_get_message (finding), "执法人员专业素质参差不齐"));
  ck_assert_str_eq (fazhi_finding_get_part (finding), "shortcomings");

  /* The copied paragraph is one line of three sentences. */
  finding = only_finding (result, "copied-from-previous");
  fazhi_finding_get_lines (finding, &n);
  ck_assert_uint_eq (n, 1);
  ck_assert_str_eq (fazhi_finding_get_area (finding), "digital");

  /* 4620 + 1350 is 5970, not 6150; new and total are both on line 11. */
  finding = only_finding (result, "figure-inconsistent");
  ck_assert (has_line (finding, 11));
  fazhi_finding_get_lines (finding, &n);
  ck_assert_uint_eq (n, 1);
  for (guint i = 0; i < 4; i++)
    {
      static const guint numbers[] = { 4620, 1350, 6150, 5970 };

      ck_assert_msg (names_number (fazhi_finding_get_message (finding), numbers[i]), "%u missing from %s", numbers[i],
                     fazhi_finding_get_message (finding));
    }
}
END_TEST

/* A correct follow-up -------------------------------------------------- */

START_TEST (test_clean_pair)
{
  g_autoptr (FazhiCheckResult) result = check_fixtures ("clean-2022.txt", "clean-2021.txt");
  GListModel                  *items = fazhi_check_result_get_followup (result);
  GListModel                  *findings = fazhi_check_result_get_findings (result);
  guint                        n_targets = 0;

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr (FazhiFollowup) item = g_list_model_get_item (items, i);
      guint                     n;

      /* Every target met, every shortcoming dealt with, each with the
       * sentence that says so. */
      ck_assert_msg (fazhi_followup_get_status (item) == FAZHI_TARGET_STATUS_MET, "item on line %u is %s",
                     fazhi_followup_get_line (item), status_name (fazhi_followup_get_status (item)));
      fazhi_followup_get_evidence_lines (item, &n);
      ck_assert_uint_ge (n, 1);
      n_targets += fazhi_followup_get_kind (item) == FAZHI_FOLLOWUP_KIND_TARGET;
    }
  ck_assert_uint_eq (n_targets, 4);
  ck_assert_uint_eq (g_list_model_get_n_items (items), 7);

  ck_assert_uint_eq (count_followup_findings (result), 0);
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr (FazhiFinding) finding = g_list_model_get_item (findings, i);

      ck_assert_msg (fazhi_finding_get_severity (finding) < FAZHI_SEVERITY_WARNING, "%s on line %u: %s",
                     fazhi_finding_get_rule (finding), fazhi_finding_get_line (finding),
                     fazhi_finding_get_message (finding));
    }
}
END_TEST

START_TEST (test_clean_evidence)
{
  g_autoptr (FazhiCheckResult) result = check_fixtures ("clean-2022.txt", "clean-2021.txt");
  /* 培训不少于4期 → 5期 (line 31); 裁量基准修订 → line 29; 不少于12场次 →
   * 15场次 (line 55); 数据对接 → line 51. */
  static const guint targets[][2] = { { 77, 31 }, { 79, 29 }, { 81, 55 }, { 83, 51 } };

  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      FazhiFollowup *followup = find_followup (result, FAZHI_FOLLOWUP_KIND_TARGET, targets[i][0]);
      guint          n;
      const guint   *lines = fazhi_followup_get_evidence_lines (followup, &n);

      ck_assert_uint_ge (n, 1);
      ck_assert_uint_le (n, 3);
      ck_assert_uint_eq (lines[0], targets[i][1]);
    }
}
END_TEST

/* Without and with an odd previous report ------------------------------ */

START_TEST (test_without_previous)
{
  g_autoptr (FazhiCheckResult) result = check_fixtures ("followup-2022.txt", NULL);
  g_autoptr (FazhiChecker)     checker = fazhi_checker_new (NULL);

  ck_assert_uint_eq (g_list_model_get_n_items (fazhi_check_result_get_followup (result)), 0);
  ck_assert_uint_eq (count_followup_findings (result), 0);

  for (guint i = 0; i < G_N_ELEMENTS (followup_rules); i++)
    {
      FazhiRule *rule = fazhi_checker_lookup_rule (checker, followup_rules[i]);

      ck_assert_ptr_nonnull (rule);
      ck_assert_str_eq (fazhi_rule_get_family (rule), "followup");
      ck_assert (fazhi_rule_get_needs_previous (rule));
      ck_assert_int_eq (fazhi_rule_get_severity (rule), FAZHI_SEVERITY_WARNING);
    }
}
END_TEST

/* A report compared with itself: everything is copied and every
 * shortcoming recurs, but its own plans are no evidence that they were
 * carried out, and totals are not compared within one year. */
START_TEST (test_previous_is_itself)
{
  g_autoptr (FazhiReport)      report = read_check_fixture ("followup-2022.txt");
  g_autoptr (FazhiCheckResult) result = check_pair (report, report);
  g_autoptr (GListModel)       copied = fazhi_check_result_dup_findings_for_rule (result, "copied-from-previous");
  g_autoptr (GListModel)       recurring = fazhi_check_result_dup_findings_for_rule (result, "recurring-shortcoming");
  GListModel                  *items = fazhi_check_result_get_followup (result);
  gboolean                     copied_45 = FALSE;

  ck_assert_uint_ge (g_list_model_get_n_items (copied), 3);
  for (guint i = 0; i < g_list_model_get_n_items (copied); i++)
    {
      g_autoptr (FazhiFinding) finding = g_list_model_get_item (copied, i);

      copied_45 |= has_line (finding, 45);
    }
  ck_assert (copied_45);

  ck_assert_uint_eq (g_list_model_get_n_items (recurring), 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr (FazhiFinding) finding = g_list_model_get_item (recurring, i);

      ck_assert (names_number (fazhi_finding_get_message (finding), fazhi_finding_get_line (finding)));
    }
  ck_assert_uint_eq (count_findings (result, "figure-inconsistent"), 0);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr (FazhiFollowup) item = g_list_model_get_item (items, i);
      guint                     n;
      const guint              *lines = fazhi_followup_get_evidence_lines (item, &n);

      if (fazhi_followup_get_kind (item) == FAZHI_FOLLOWUP_KIND_SHORTCOMING)
        {
          ck_assert_int_eq (fazhi_followup_get_status (item), FAZHI_TARGET_STATUS_NO_EVIDENCE);
          continue;
        }
      /* A plan is not its own result. */
      ck_assert_int_ne (fazhi_followup_get_status (item), FAZHI_TARGET_STATUS_MET);
      for (guint j = 0; j < n; j++)
        {
          FazhiSection *section = fazhi_report_find_section (report, lines[j]);

          ck_assert_ptr_nonnull (section);
          ck_assert_str_eq (fazhi_section_get_part (section), "measures");
        }
    }
}
END_TEST

/* Copies are passages, not standard sentences ---------------------------- */

static char *
replace (const char *text,
         const char *from,
         const char *to)
{
  GString *string = g_string_new (text);

  ck_assert_uint_eq (g_string_replace (string, from, to, 1), 1);
  return g_string_free (string, FALSE);
}

#define COPIED_PARAGRAPH \
  "坚持以公开为常态、不公开为例外，按照“谁制作、谁公开”的原则落实政务公开责任。依托县政府门户网站交通运输专栏和“青岚交通”" \
  "微信公众号，及时发布行政许可、行政处罚等执法信息。对涉及群众切身利益的运价调整、线路变更等事项，在决定前通过网站公开征求意见。"

#define STANDARD_SENTENCE "坚持以习近平法治思想为指导，全面推进交通运输法治建设。"

/* An opening sentence of the kind reports repeat every year, longer than
 * COPY_MIN_CHARS on its own. */
#define LONG_OPENING \
  "在县委、县政府的坚强领导下，在市交通运输局的指导下，我局坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，" \
  "全面贯彻党的二十大精神，认真落实中央、省、市、县关于法治政府建设的各项决策部署，紧紧围绕建设人民满意交通的目标，" \
  "统筹推进交通基础设施建设、运输市场监管、综合行政执法改革和行业安全生产各项工作，推动交通运输各项工作在法治轨道上运行。"

START_TEST (test_copied_boundaries)
{
  g_autofree char        *previous_text = load_check_fixture ("followup-2021.txt");
  g_autofree char        *text = load_check_fixture ("followup-2022.txt");
  g_autofree char        *with_standard = NULL;
  g_autofree char        *previous_with_standard = NULL;
  g_autofree char        *reworded = NULL;
  g_autoptr (FazhiReport) previous = NULL;

  /* Without the copied paragraph, one standard sentence in common (and
   * the sentences whose figures changed) is no copy. */
  with_standard = replace (text, COPIED_PARAGRAPH, STANDARD_SENTENCE "全年更新执法信息公示栏目12个。");
  previous_with_standard = replace (previous_text, "推广道路运输电子证照", STANDARD_SENTENCE "推广道路运输电子证照");
  previous = read_text (previous_with_standard);
  {
    g_autoptr (FazhiReport)      report = read_text (with_standard);
    g_autoptr (FazhiCheckResult) result = check_pair (report, previous);

    ck_assert_uint_eq (count_findings (result, "copied-from-previous"), 0);
  }

  /* Nor is one long opening sentence kept from year to year. */
  {
    g_autofree char             *opening = replace (with_standard, "5月底实现", LONG_OPENING "5月底实现");
    g_autofree char             *previous_opening = replace (previous_text, "全面梳理交通运输", LONG_OPENING "全面梳理交通运输");
    g_autoptr (FazhiReport)      report = read_text (opening);
    g_autoptr (FazhiReport)      last_year = read_text (previous_opening);
    g_autoptr (FazhiCheckResult) result = check_pair (report, last_year);

    ck_assert_uint_eq (count_findings (result, "copied-from-previous"), 0);
  }

  /* Lightly reworded, the paragraph is still a copy. */
  {
    g_autofree char             *step = replace (text, "及时发布", "及时公开发布");
    g_autoptr (FazhiReport)      report = NULL;
    g_autoptr (FazhiCheckResult) result = NULL;

    reworded = replace (step, "通过网站公开征求意见", "通过网站公开征求群众意见");
    report = read_text (reworded);
    result = check_pair (report, previous);
    ck_assert_uint_eq (count_findings (result, "copied-from-previous"), 1);
    ck_assert_uint_eq (fazhi_finding_get_line (only_finding (result, "copied-from-previous")), 45);
  }
}
END_TEST

/* Totals only add up when the figures are there and say so. */
START_TEST (test_figure_boundaries)
{
  g_autofree char        *previous_text = load_check_fixture ("followup-2021.txt");
  g_autofree char        *text = load_check_fixture ("followup-2022.txt");
  g_autoptr (FazhiReport) previous = read_text (previous_text);
  static const struct
  {
    const char *from;
    const char *to;
  } edits[] = {
    /* right: 4620 + 1350 */
    { "全县累计发放6150张", "全县累计发放5970张" },
    /* no total this year */
    { "，全县累计发放6150张", "" },
    /* no new this year */
    { "全年新发放道路运输电子证照1350张，全县累计发放6150张", "全县累计发放道路运输电子证照6150张" },
    /* only about */
    { "全县累计发放6150张", "全县累计发放约6150张" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    {
      g_autofree char             *edited = replace (text, edits[i].from, edits[i].to);
      g_autoptr (FazhiReport)      report = read_text (edited);
      g_autoptr (FazhiCheckResult) result = check_pair (report, previous);

      ck_assert_msg (count_findings (result, "figure-inconsistent") == 0, "edit %u", i);
    }

  /* The clean pair adds up (420 + 65 = 485), not by chance: one more is
   * found, where the total takes its subject from the new figure. */
  {
    g_autofree char             *clean_previous = load_check_fixture ("clean-2021.txt");
    g_autofree char             *clean = load_check_fixture ("clean-2022.txt");
    g_autofree char             *edited = replace (clean, "全区累计达到485家", "全区累计达到486家");
    g_autoptr (FazhiReport)      last_year = read_text (clean_previous);
    g_autoptr (FazhiReport)      report = read_text (edited);
    g_autoptr (FazhiCheckResult) result = check_pair (report, last_year);
    FazhiFinding                *finding = only_finding (result, "figure-inconsistent");

    ck_assert_uint_eq (fazhi_finding_get_line (finding), 39);
    ck_assert (names_number (fazhi_finding_get_message (finding), 420));
    ck_assert (names_number (fazhi_finding_get_message (finding), 485));
  }
}
END_TEST

/* 每季度开展1次执法培训 asks for 4 a year. */
START_TEST (test_period)
{
  g_autofree char        *text = load_check_fixture ("followup-2022.txt");
  g_autoptr (FazhiReport) previous = read_text (text);
  static const struct
  {
    const char       *training;
    FazhiTargetStatus status;
  } cases[] = {
    { "由法规股组织执法培训4次", FAZHI_TARGET_STATUS_MET },
    { "由法规股每季度组织执法培训1次", FAZHI_TARGET_STATUS_MET },
    { "由法规股组织执法培训3次", FAZHI_TARGET_STATUS_PARTLY },
    { "由法规股组织执法培训", FAZHI_TARGET_STATUS_PARTLY },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char             *next_year = replace (text, "2022年度", "2023年度");
      g_autofree char             *edited = replace (next_year, "由法规股组织执法培训2次", cases[i].training);
      g_autoptr (FazhiReport)      report = read_text (edited);
      g_autoptr (FazhiCheckResult) result = check_pair (report, previous);
      FazhiFollowup               *followup = find_followup (result, FAZHI_FOLLOWUP_KIND_TARGET, 69);

      ck_assert_msg (fazhi_followup_get_status (followup) == cases[i].status, "%s: %s", cases[i].training,
                     status_name (fazhi_followup_get_status (followup)));
    }
}
END_TEST

/* The result format ------------------------------------------------------ */

START_TEST (test_json)
{
  g_autoptr (FazhiCheckResult) result = check_fixtures ("followup-2022.txt", "followup-2021.txt");
  g_autofree char             *json = fazhi_check_result_to_json (result, FAZHI_JSON_FLAGS_NONE);
  g_autoptr (JsonParser)       parser = json_parser_new ();
  g_autoptr (GError)           error = NULL;
  g_autoptr (FazhiCheckResult) back = NULL;
  JsonArray                   *followup;
  JsonObject                  *first;
  JsonArray                   *evidence;

  json_parser_load_from_data (parser, json, -1, &error);
  fazhi_assert_no_error (error);
  followup = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "followup");
  ck_assert_uint_eq (json_array_get_length (followup), 7);

  first = json_array_get_object_element (followup, 0);
  ck_assert_str_eq (json_object_get_string_member (first, "kind"), "target");
  ck_assert_int_eq (json_object_get_int_member (first, "line"), 69);
  ck_assert_str_eq (json_object_get_string_member (first, "status"), "partly");
  evidence = json_object_get_array_member (first, "evidence");
  ck_assert_uint_eq (json_array_get_length (evidence), 1);
  ck_assert_int_eq (json_array_get_int_element (evidence, 0), 27);
  for (guint i = 0; i < json_array_get_length (followup); i++)
    {
      JsonObject *item = json_array_get_object_element (followup, i);

      ck_assert (json_object_has_member (item, "status"));
      ck_assert (JSON_NODE_HOLDS_ARRAY (json_object_get_member (item, "evidence")));
    }
  ck_assert_str_eq (json_object_get_string_member (json_array_get_object_element (followup, 3), "status"),
                    "no-evidence");

  /* …and reads back the same. */
  back = fazhi_check_result_new_from_json (json, -1, &error);
  fazhi_assert_no_error (error);
  for (guint i = 0; i < 7; i++)
    {
      g_autoptr (FazhiFollowup) a = g_list_model_get_item (fazhi_check_result_get_followup (result), i);
      g_autoptr (FazhiFollowup) b = g_list_model_get_item (fazhi_check_result_get_followup (back), i);

      ck_assert_int_eq (fazhi_followup_get_status (a), fazhi_followup_get_status (b));
      ck_assert_uint_eq (fazhi_followup_get_line (a), fazhi_followup_get_line (b));
    }
}
END_TEST

/* Reports read back from their JSON are followed up the same. */
START_TEST (test_reports_from_json)
{
  g_autoptr (FazhiReport)      read = read_check_fixture ("followup-2022.txt");
  g_autoptr (FazhiReport)      read_previous = read_check_fixture ("followup-2021.txt");
  g_autofree char             *json = fazhi_report_to_json (read, FAZHI_JSON_FLAGS_NONE);
  g_autofree char             *previous_json = fazhi_report_to_json (read_previous, FAZHI_JSON_FLAGS_NONE);
  g_autoptr (GError)           error = NULL;
  g_autoptr (FazhiReport)      report = fazhi_report_new_from_json (json, -1, &error);
  g_autoptr (FazhiReport)      previous = NULL;
  g_autoptr (FazhiCheckResult) expected = check_pair (read, read_previous);
  g_autoptr (FazhiCheckResult) result = NULL;
  GListModel                  *a, *b;

  fazhi_assert_no_error (error);
  previous = fazhi_report_new_from_json (previous_json, -1, &error);
  fazhi_assert_no_error (error);
  result = check_pair (report, previous);

  a = fazhi_check_result_get_followup (expected);
  b = fazhi_check_result_get_followup (result);
  ck_assert_uint_eq (g_list_model_get_n_items (a), g_list_model_get_n_items (b));
  for (guint i = 0; i < g_list_model_get_n_items (a); i++)
    {
      g_autoptr (FazhiFollowup) x = g_list_model_get_item (a, i);
      g_autoptr (FazhiFollowup) y = g_list_model_get_item (b, i);
      guint                     nx, ny;
      const guint              *lx = fazhi_followup_get_evidence_lines (x, &nx);
      const guint              *ly = fazhi_followup_get_evidence_lines (y, &ny);

      ck_assert_int_eq (fazhi_followup_get_status (x), fazhi_followup_get_status (y));
      ck_assert_uint_eq (nx, ny);
      for (guint j = 0; j < nx; j++)
        ck_assert_uint_eq (lx[j], ly[j]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (followup_rules); i++)
    ck_assert_uint_eq (count_findings (result, followup_rules[i]), 1);
}
END_TEST

/* The demo pair --------------------------------------------------------- */

static char *
example_path (const char *name)
{
  const char *source = g_getenv ("FAZHI_SOURCE_DIR");

  if (source != NULL)
    return g_build_filename (source, "examples", "data", name, NULL);
  return fazhi_test_data_path ("..", "..", "examples", "data", name, NULL);
}

START_TEST (test_demo_pair)
{
  g_autofree char             *path = example_path ("example-report.txt");
  g_autofree char             *previous_path = example_path ("example-report-2022.txt");
  g_autoptr (FazhiReport)      report = NULL;
  g_autoptr (FazhiReport)      previous = NULL;
  g_autoptr (FazhiCheckResult) result = NULL;
  FazhiFollowup               *followup;
  static const guint           inspections[] = { 35 };
  static const guint           training[] = { 73 };

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR) || !g_file_test (previous_path, G_FILE_TEST_IS_REGULAR))
    return;
  report = read_report_at (path);
  previous = read_report_at (previous_path);
  result = check_pair (report, previous);

  /* 执法检查不少于4次 → 5次; 法治副校长 never mentioned; 教师法治专题培训
   * 不少于6场次 → 3场次. */
  followup = find_followup (result, FAZHI_FOLLOWUP_KIND_TARGET, 79);
  ck_assert_int_eq (fazhi_followup_get_status (followup), FAZHI_TARGET_STATUS_MET);
  assert_evidence (followup, inspections, G_N_ELEMENTS (inspections));
  followup = find_followup (result, FAZHI_FOLLOWUP_KIND_TARGET, 81);
  ck_assert_int_eq (fazhi_followup_get_status (followup), FAZHI_TARGET_STATUS_NO_EVIDENCE);
  followup = find_followup (result, FAZHI_FOLLOWUP_KIND_TARGET, 83);
  ck_assert_int_eq (fazhi_followup_get_status (followup), FAZHI_TARGET_STATUS_PARTLY);
  assert_evidence (followup, training, G_N_ELEMENTS (training));

  ck_assert_uint_eq (count_findings (result, "target-not-followed-up"), 1);
  ck_assert_uint_eq (fazhi_finding_get_line (only_finding (result, "recurring-shortcoming")), 85);
  /* 18 + 4 = 22 依法治校示范校, and nothing is copied. */
  ck_assert_uint_eq (count_findings (result, "figure-inconsistent"), 0);
  ck_assert_uint_eq (count_findings (result, "copied-from-previous"), 0);
}
END_TEST

static Suite *
followup_suite (void)
{
  Suite *suite = suite_create ("followup");
  TCase *fixtures = tcase_create ("fixtures");
  TCase *boundaries = tcase_create ("boundaries");
  TCase *format = tcase_create ("format");

  tcase_add_test (fixtures, test_followup_statuses);
  tcase_add_test (fixtures, test_followup_findings);
  tcase_add_test (fixtures, test_followup_evidence);
  tcase_add_test (fixtures, test_followup_finding_lines);
  tcase_add_test (fixtures, test_clean_pair);
  tcase_add_test (fixtures, test_clean_evidence);
  tcase_add_test (fixtures, test_demo_pair);
  suite_add_tcase (suite, fixtures);

  tcase_add_test (boundaries, test_without_previous);
  tcase_add_test (boundaries, test_previous_is_itself);
  tcase_add_test (boundaries, test_copied_boundaries);
  tcase_add_test (boundaries, test_figure_boundaries);
  tcase_add_test (boundaries, test_period);
  suite_add_tcase (suite, boundaries);

  tcase_add_test (format, test_json);
  tcase_add_test (format, test_reports_from_json);
  suite_add_tcase (suite, format);

  return suite;
}

int
main (void)
{
  return fazhi_test_run (followup_suite ());
}
