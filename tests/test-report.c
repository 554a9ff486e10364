/* test-report.c: the report model, its structure and the interchange format
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include <check.h>
#include <fazhi.h>
#include <glib/gstdio.h>

#define assert_no_error(err) \
  ck_assert_msg ((err) == NULL, "unexpected error: %s", (err) ? (err)->message : "")
#define assert_error(err, dom, c) \
  do \
    { \
      ck_assert_msg ((err) != NULL, "expected an error, got none"); \
      ck_assert_msg ((err)->domain == (dom) && (err)->code == (c), \
                     "expected error %s:%d, got %s:%d (%s)", g_quark_to_string (dom), (int) (c), \
                     g_quark_to_string ((err)->domain), (err)->code, (err)->message); \
    } \
  while (0)

#define AGENCY "北塘市临河区水务局"
#define TITLE  "北塘市临河区水务局关于2021年度法治政府建设情况的报告"
#define SOURCE "临河区水务局2021年法治政府建设报告.txt"

/* A report as the reader would make it of a short department report. */
static const char report_text[] =
  "北塘市临河区水务局关于2021年度法治政府建设情况的报告\n"
  "区委、区政府：\n"
  "一、2021年度推进法治政府建设的主要举措\n"
  "（一）依法全面履行政府职能\n"
  "全年完成水利投资75.46 亿元，\n"
  "办理行政许可事项312件。\n"
  "（二）严格规范公正文明执法\n"
  "开展执法检查2次以上。\n"
  "二、存在的不足和原因\n"
  "一是执法人员力量不足；二是普法形式单一。\n"
  "三、2022年度推进法治政府建设的主要安排\n"
  "每年至少开展2次法治宣传进机关活动，由综合科负责，2022年12月31日前完成。\n"
  "北塘市临河区水务局\n"
  "2022年1月20日\n";

static FazhiSection *
make_section (const char *heading,
              guint       level,
              gboolean    run_in,
              const char *part,
              const char *area,
              double      area_score,
              guint       line,
              guint       body_line,
              guint       end_line,
              const char *body)
{
  FazhiSection *section = fazhi_section_new (heading, level);

  fazhi_section_set_run_in (section, run_in);
  fazhi_section_set_part (section, part);
  fazhi_section_set_area (section, area);
  fazhi_section_set_area_score (section, area_score);
  fazhi_section_set_line (section, line);
  fazhi_section_set_body_line (section, body_line);
  fazhi_section_set_end_line (section, end_line);
  fazhi_section_set_body (section, body);

  return section;
}

static void
add_section (FazhiReport  *report,
             FazhiSection *section)
{
  fazhi_report_add_section (report, section);
  g_object_unref (section);
}

/* Sections (lines of report_text):
 *   0 一、…主要举措        level 1  measures               3–8
 *   1 （一）…政府职能      level 2  measures  functions    4–6
 *   2 （二）…文明执法      level 2  measures  enforcement  7–8
 *   3 二、存在的不足和原因  level 1  shortcomings           9–10
 *   4 一是…                level 3  run-in                 10
 *   5 二是…                level 3  run-in    functions    10
 *   6 三、…主要安排        level 1  plans                  11–12
 * The run-in items sit two levels below their heading on purpose: the
 * items of a section are its shallowest descendants, whatever their level. */
static FazhiReport *
make_report (void)
{
  FazhiReport                  *report = fazhi_report_new ();
  g_autoptr (FazhiFigure)       money = fazhi_figure_new (75.46, "亿元", FAZHI_FIGURE_KIND_MONEY);
  g_autoptr (FazhiFigure)       checks = fazhi_figure_new (2, "次", FAZHI_FIGURE_KIND_COUNT);
  g_autoptr (FazhiTarget)       target = fazhi_target_new ("每年至少开展2次法治宣传进机关活动，由综合科负责，2022年12月31日前完成。");
  g_autoptr (FazhiTarget)       vague = fazhi_target_new ("进一步提高依法行政水平。");
  g_autoptr (FazhiDutyEvidence) duty = fazhi_duty_evidence_new ("study", "局党组理论学习中心组专题学法", 4);
  g_autoptr (GDate)             due = g_date_new_dmy (31, G_DATE_DECEMBER, 2022);

  fazhi_report_set_agency (report, AGENCY);
  fazhi_report_set_year (report, 2021);
  fazhi_report_set_date_dmy (report, 20, G_DATE_JANUARY, 2022);
  fazhi_report_set_addressee (report, "区委、区政府");
  fazhi_report_set_title (report, TITLE);
  fazhi_report_set_framework (report, "outline-2021");
  fazhi_report_set_level (report, FAZHI_REPORT_LEVEL_DEPARTMENT);
  fazhi_report_set_is_report (report, TRUE);
  fazhi_report_set_source (report, SOURCE);

  add_section (report, make_section ("2021年度推进法治政府建设的主要举措", 1, FALSE, "measures", NULL, 0,
                                     3, 4, 8, NULL));
  add_section (report, make_section ("依法全面履行政府职能", 2, FALSE, "measures", "functions", 0.85,
                                     4, 5, 6, "全年完成水利投资75.46 亿元，\n办理行政许可事项312件。"));
  add_section (report, make_section ("严格规范公正文明执法", 2, FALSE, "measures", "enforcement", 0.5,
                                     7, 8, 8, "开展执法检查2次以上。"));
  add_section (report, make_section ("存在的不足和原因", 1, FALSE, "shortcomings", NULL, 0,
                                     9, 10, 10, "一是执法人员力量不足；二是普法形式单一。"));
  add_section (report, make_section ("执法人员力量不足", 3, TRUE, "shortcomings", NULL, 0,
                                     10, 10, 10, "一是执法人员力量不足；"));
  add_section (report, make_section ("普法形式单一", 3, TRUE, "shortcomings", "functions", 0.25,
                                     10, 10, 10, "二是普法形式单一。"));
  add_section (report, make_section ("2022年度推进法治政府建设的主要安排", 1, FALSE, "plans", NULL, 0,
                                     11, 12, 12, NULL));

  fazhi_figure_set_subject (money, "水利投资");
  fazhi_figure_set_text (money, "75.46 亿元");
  fazhi_figure_set_line (money, 5);
  fazhi_report_add_figure (report, money);

  fazhi_figure_set_qualifier (checks, FAZHI_FIGURE_QUALIFIER_AT_LEAST);
  fazhi_figure_set_subject (checks, "执法检查");
  fazhi_figure_set_text (checks, "2次以上");
  fazhi_figure_set_line (checks, 8);
  fazhi_report_add_figure (report, checks);

  fazhi_target_set_heading (target, "开展法治宣传进机关活动");
  fazhi_target_set_quantity (target, 2);
  fazhi_target_set_unit (target, "次");
  fazhi_target_set_period (target, FAZHI_PERIOD_YEAR);
  fazhi_target_set_owner (target, "综合科");
  fazhi_target_set_due (target, due);
  fazhi_target_set_measurable (target, TRUE);
  fazhi_target_set_area (target, "functions");
  fazhi_target_set_line (target, 12);
  fazhi_target_set_status (target, FAZHI_TARGET_STATUS_MET);
  fazhi_report_add_target (report, target);

  fazhi_report_add_target (report, vague);

  fazhi_report_add_duty_evidence (report, duty);

  return report;
}

static FazhiSection *
section_at (FazhiReport *report,
            guint        position)
{
  /* The report keeps its own reference. */
  g_autoptr (FazhiSection) section = g_list_model_get_item (fazhi_report_get_sections (report), position);

  ck_assert_ptr_nonnull (section);
  return section;
}

static void
assert_dates_equal (const GDate *a,
                    const GDate *b)
{
  if (a == NULL || b == NULL)
    {
      ck_assert_ptr_eq (a, b);
      return;
    }
  ck_assert_int_eq (g_date_compare (a, b), 0);
}

static void
assert_reports_equal (FazhiReport *a,
                      FazhiReport *b)
{
  GListModel *list_a;
  GListModel *list_b;

  ck_assert_pstr_eq (fazhi_report_get_agency (a), fazhi_report_get_agency (b));
  ck_assert_int_eq (fazhi_report_get_year (a), fazhi_report_get_year (b));
  assert_dates_equal (fazhi_report_get_date (a), fazhi_report_get_date (b));
  ck_assert_pstr_eq (fazhi_report_get_addressee (a), fazhi_report_get_addressee (b));
  ck_assert_pstr_eq (fazhi_report_get_title (a), fazhi_report_get_title (b));
  ck_assert_pstr_eq (fazhi_report_get_framework (a), fazhi_report_get_framework (b));
  ck_assert_int_eq (fazhi_report_get_level (a), fazhi_report_get_level (b));
  ck_assert_int_eq (fazhi_report_get_is_report (a), fazhi_report_get_is_report (b));
  ck_assert_pstr_eq (fazhi_report_get_source (a), fazhi_report_get_source (b));

  list_a = fazhi_report_get_sections (a);
  list_b = fazhi_report_get_sections (b);
  ck_assert_uint_eq (g_list_model_get_n_items (list_a), g_list_model_get_n_items (list_b));
  for (guint i = 0; i < g_list_model_get_n_items (list_a); i++)
    {
      g_autoptr (FazhiSection) x = g_list_model_get_item (list_a, i);
      g_autoptr (FazhiSection) y = g_list_model_get_item (list_b, i);

      ck_assert_pstr_eq (fazhi_section_get_heading (x), fazhi_section_get_heading (y));
      ck_assert_uint_eq (fazhi_section_get_level (x), fazhi_section_get_level (y));
      ck_assert_int_eq (fazhi_section_get_run_in (x), fazhi_section_get_run_in (y));
      ck_assert_pstr_eq (fazhi_section_get_part (x), fazhi_section_get_part (y));
      ck_assert_pstr_eq (fazhi_section_get_area (x), fazhi_section_get_area (y));
      ck_assert (fazhi_section_get_area_score (x) == fazhi_section_get_area_score (y));
      ck_assert_pstr_eq (fazhi_section_get_body (x), fazhi_section_get_body (y));
      ck_assert_uint_eq (fazhi_section_get_line (x), fazhi_section_get_line (y));
      ck_assert_uint_eq (fazhi_section_get_body_line (x), fazhi_section_get_body_line (y));
      ck_assert_uint_eq (fazhi_section_get_end_line (x), fazhi_section_get_end_line (y));
    }

  list_a = fazhi_report_get_figures (a);
  list_b = fazhi_report_get_figures (b);
  ck_assert_uint_eq (g_list_model_get_n_items (list_a), g_list_model_get_n_items (list_b));
  for (guint i = 0; i < g_list_model_get_n_items (list_a); i++)
    {
      g_autoptr (FazhiFigure) x = g_list_model_get_item (list_a, i);
      g_autoptr (FazhiFigure) y = g_list_model_get_item (list_b, i);

      ck_assert (fazhi_figure_get_value (x) == fazhi_figure_get_value (y));
      ck_assert_pstr_eq (fazhi_figure_get_unit (x), fazhi_figure_get_unit (y));
      ck_assert_int_eq (fazhi_figure_get_kind (x), fazhi_figure_get_kind (y));
      ck_assert_int_eq (fazhi_figure_get_qualifier (x), fazhi_figure_get_qualifier (y));
      ck_assert_pstr_eq (fazhi_figure_get_subject (x), fazhi_figure_get_subject (y));
      ck_assert_pstr_eq (fazhi_figure_get_text (x), fazhi_figure_get_text (y));
      ck_assert_uint_eq (fazhi_figure_get_line (x), fazhi_figure_get_line (y));
    }

  list_a = fazhi_report_get_targets (a);
  list_b = fazhi_report_get_targets (b);
  ck_assert_uint_eq (g_list_model_get_n_items (list_a), g_list_model_get_n_items (list_b));
  for (guint i = 0; i < g_list_model_get_n_items (list_a); i++)
    {
      g_autoptr (FazhiTarget) x = g_list_model_get_item (list_a, i);
      g_autoptr (FazhiTarget) y = g_list_model_get_item (list_b, i);

      ck_assert_pstr_eq (fazhi_target_get_text (x), fazhi_target_get_text (y));
      ck_assert_pstr_eq (fazhi_target_get_heading (x), fazhi_target_get_heading (y));
      ck_assert_int_eq (fazhi_target_get_has_quantity (x), fazhi_target_get_has_quantity (y));
      ck_assert (fazhi_target_get_quantity (x) == fazhi_target_get_quantity (y));
      ck_assert_pstr_eq (fazhi_target_get_unit (x), fazhi_target_get_unit (y));
      ck_assert_int_eq (fazhi_target_get_period (x), fazhi_target_get_period (y));
      ck_assert_pstr_eq (fazhi_target_get_owner (x), fazhi_target_get_owner (y));
      assert_dates_equal (fazhi_target_get_due (x), fazhi_target_get_due (y));
      ck_assert_int_eq (fazhi_target_get_measurable (x), fazhi_target_get_measurable (y));
      ck_assert_pstr_eq (fazhi_target_get_area (x), fazhi_target_get_area (y));
      ck_assert_uint_eq (fazhi_target_get_line (x), fazhi_target_get_line (y));
      ck_assert_int_eq (fazhi_target_get_status (x), fazhi_target_get_status (y));
    }

  list_a = fazhi_report_get_duties (a);
  list_b = fazhi_report_get_duties (b);
  ck_assert_uint_eq (g_list_model_get_n_items (list_a), g_list_model_get_n_items (list_b));
  for (guint i = 0; i < g_list_model_get_n_items (list_a); i++)
    {
      g_autoptr (FazhiDutyEvidence) x = g_list_model_get_item (list_a, i);
      g_autoptr (FazhiDutyEvidence) y = g_list_model_get_item (list_b, i);

      ck_assert_pstr_eq (fazhi_duty_evidence_get_duty (x), fazhi_duty_evidence_get_duty (y));
      ck_assert_pstr_eq (fazhi_duty_evidence_get_text (x), fazhi_duty_evidence_get_text (y));
      ck_assert_uint_eq (fazhi_duty_evidence_get_line (x), fazhi_duty_evidence_get_line (y));
    }
}

/* Parses JSON written by the library; fails the test if it is not JSON. */
static JsonNode *
parse_json (const char *json)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError)     error = NULL;

  ck_assert_msg (json_parser_load_from_data (parser, json, -1, &error), "not JSON: %s",
                 error ? error->message : "");
  return json_node_ref (json_parser_get_root (parser));
}

static void
assert_member_null (JsonObject *object,
                    const char *member)
{
  ck_assert_msg (json_object_has_member (object, member), "\"%s\" is missing", member);
  ck_assert_msg (JSON_NODE_HOLDS_NULL (json_object_get_member (object, member)),
                 "\"%s\" is not null", member);
}

/* ------------------------------------------------------------------ */
/* The model                                                           */
/* ------------------------------------------------------------------ */

START_TEST (test_build_in_code)
{
  g_autoptr (FazhiReport)       report = make_report ();
  g_autoptr (FazhiFigure)       money = g_list_model_get_item (fazhi_report_get_figures (report), 0);
  g_autoptr (FazhiTarget)       target = g_list_model_get_item (fazhi_report_get_targets (report), 0);
  g_autoptr (FazhiDutyEvidence) duty = g_list_model_get_item (fazhi_report_get_duties (report), 0);
  const GDate                  *date;

  ck_assert_str_eq (fazhi_report_get_agency (report), AGENCY);
  ck_assert_int_eq (fazhi_report_get_year (report), 2021);
  date = fazhi_report_get_date (report);
  ck_assert_ptr_nonnull (date);
  ck_assert_int_eq (g_date_get_year (date), 2022);
  ck_assert_int_eq (g_date_get_month (date), G_DATE_JANUARY);
  ck_assert_int_eq (g_date_get_day (date), 20);
  ck_assert_int_eq (fazhi_report_get_level (report), FAZHI_REPORT_LEVEL_DEPARTMENT);
  ck_assert (fazhi_report_get_is_report (report));
  ck_assert_ptr_null (fazhi_report_get_document (report));

  ck_assert_uint_eq (g_list_model_get_n_items (fazhi_report_get_sections (report)), 7);
  ck_assert (g_list_model_get_item_type (fazhi_report_get_sections (report)) == FAZHI_TYPE_SECTION);
  ck_assert (g_list_model_get_item_type (fazhi_report_get_figures (report)) == FAZHI_TYPE_FIGURE);
  ck_assert (g_list_model_get_item_type (fazhi_report_get_targets (report)) == FAZHI_TYPE_TARGET);
  ck_assert (g_list_model_get_item_type (fazhi_report_get_duties (report)) == FAZHI_TYPE_DUTY_EVIDENCE);

  ck_assert (fazhi_figure_get_value (money) == 75.46);
  ck_assert_str_eq (fazhi_figure_get_unit (money), "亿元");
  ck_assert_int_eq (fazhi_figure_get_kind (money), FAZHI_FIGURE_KIND_MONEY);
  ck_assert_int_eq (fazhi_figure_get_qualifier (money), FAZHI_FIGURE_QUALIFIER_EXACT);
  ck_assert_str_eq (fazhi_figure_get_text (money), "75.46 亿元");

  ck_assert (fazhi_target_get_has_quantity (target));
  ck_assert (fazhi_target_get_quantity (target) == 2);
  ck_assert_str_eq (fazhi_target_get_unit (target), "次");
  ck_assert_int_eq (fazhi_target_get_period (target), FAZHI_PERIOD_YEAR);
  ck_assert_str_eq (fazhi_target_get_owner (target), "综合科");
  ck_assert_int_eq (g_date_get_year (fazhi_target_get_due (target)), 2022);
  ck_assert_int_eq (g_date_get_month (fazhi_target_get_due (target)), G_DATE_DECEMBER);
  ck_assert_int_eq (g_date_get_day (fazhi_target_get_due (target)), 31);

  ck_assert_str_eq (fazhi_duty_evidence_get_duty (duty), "study");
  ck_assert_uint_eq (fazhi_duty_evidence_get_line (duty), 4);
}
END_TEST

START_TEST (test_properties)
{
  g_autoptr (FazhiReport)       report = make_report ();
  g_autoptr (FazhiSection)      section = fazhi_section_new ("依法全面履行政府职能", 2);
  g_autoptr (FazhiTarget)       target = fazhi_target_new (NULL);
  g_autoptr (FazhiDutyEvidence) duty = fazhi_duty_evidence_new ("study", "专题学法", 7);
  g_autoptr (GListModel)        sections = NULL;
  g_autoptr (GDate)             date = NULL;
  g_autofree char              *agency = NULL;
  GParamSpec                   *pspec;
  guint                         end_line = 0;
  guint                         body_line = 0;
  double                        score = 0;
  gboolean                      run_in = FALSE;
  gboolean                      is_report = FALSE;
  gboolean                      has_quantity = TRUE;
  int                           level = 0;

  g_object_get (report,
                "agency", &agency,
                "date", &date,
                "is-report", &is_report,
                "level", &level,
                "sections", &sections,
                NULL);
  ck_assert_str_eq (agency, AGENCY);
  ck_assert_int_eq (g_date_get_day (date), 20);
  ck_assert (is_report);
  ck_assert_int_eq (level, FAZHI_REPORT_LEVEL_DEPARTMENT);
  ck_assert_ptr_eq (sections, fazhi_report_get_sections (report));

  g_object_set (section,
                "end-line", 12,
                "body-line", 5,
                "area-score", 0.75,
                "run-in", TRUE,
                NULL);
  g_object_get (section,
                "end-line", &end_line,
                "body-line", &body_line,
                "area-score", &score,
                "run-in", &run_in,
                NULL);
  ck_assert_uint_eq (end_line, 12);
  ck_assert_uint_eq (body_line, 5);
  ck_assert (score == 0.75);
  ck_assert (run_in);

  g_object_set (target, "quantity", 3.0, NULL);
  g_object_get (target, "has-quantity", &has_quantity, NULL);
  ck_assert (has_quantity);

  /* has-quantity follows quantity and cannot be set by itself. */
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (target), "has-quantity");
  ck_assert_ptr_nonnull (pspec);
  ck_assert (!(pspec->flags & G_PARAM_WRITABLE));

  /* Duty evidence is immutable. */
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (duty), "duty");
  ck_assert_ptr_nonnull (pspec);
  ck_assert (pspec->flags & G_PARAM_CONSTRUCT_ONLY);
  ck_assert_str_eq (fazhi_duty_evidence_get_text (duty), "专题学法");

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (report), "sections");
  ck_assert_ptr_nonnull (pspec);
  ck_assert (pspec->value_type == G_TYPE_LIST_MODEL);
  ck_assert (!(pspec->flags & G_PARAM_WRITABLE));
}
END_TEST

START_TEST (test_target_quantity)
{
  g_autoptr (FazhiTarget) target = fazhi_target_new ("每季度开展一次执法案卷评查。");

  ck_assert (!fazhi_target_get_has_quantity (target));
  ck_assert (fazhi_target_get_quantity (target) == 0);

  /* A quantity of 0 is still a stated quantity. */
  fazhi_target_set_quantity (target, 0);
  ck_assert (fazhi_target_get_has_quantity (target));

  fazhi_target_set_quantity (target, 4);
  ck_assert (fazhi_target_get_has_quantity (target));
  ck_assert (fazhi_target_get_quantity (target) == 4);

  fazhi_target_clear_quantity (target);
  ck_assert (!fazhi_target_get_has_quantity (target));
  ck_assert (fazhi_target_get_quantity (target) == 0);
}
END_TEST

START_TEST (test_section_line_at_offset)
{
  g_autoptr (FazhiSection) section = fazhi_section_new ("依法全面履行政府职能", 2);
  const char              *body = "全年完成水利投资75.46 亿元，\n办理行政许可事项312件。\n新增备案规范性文件3件。";
  const char              *second = strstr (body, "办理");
  const char              *third = strstr (body, "新增");

  /* Unknown body line: unknown line, wherever the offset. */
  fazhi_section_set_body (section, body);
  ck_assert_uint_eq (fazhi_section_get_line_at_offset (section, 0), 0);

  fazhi_section_set_body_line (section, 5);
  ck_assert_uint_eq (fazhi_section_get_line_at_offset (section, 0), 5);
  ck_assert_uint_eq (fazhi_section_get_line_at_offset (section, second - body - 1), 5);
  ck_assert_uint_eq (fazhi_section_get_line_at_offset (section, second - body), 6);
  ck_assert_uint_eq (fazhi_section_get_line_at_offset (section, third - body), 7);
  /* Past the end counts as the end. */
  ck_assert_uint_eq (fazhi_section_get_line_at_offset (section, strlen (body) + 100), 7);
  ck_assert_uint_eq (fazhi_section_get_line_at_offset (section, G_MAXSIZE), 7);

  fazhi_section_set_body (section, NULL);
  ck_assert_uint_eq (fazhi_section_get_line_at_offset (section, 10), 5);
}
END_TEST

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

START_TEST (test_notify)
{
  g_autoptr (FazhiReport)   report = fazhi_report_new ();
  g_autoptr (FazhiSection)  section = fazhi_section_new ("存在的不足和原因", 1);
  g_autoptr (FazhiTarget)   target = fazhi_target_new (NULL);
  g_autoptr (FazhiDocument) document = NULL;
  g_autoptr (GError)        error = NULL;
  guint                     agency = 0, year = 0, date = 0, level = 0, doc = 0, encoding = 0, any = 0;
  guint                     section_level = 0, run_in = 0, score = 0;
  guint                     quantity = 0, has_quantity = 0, due = 0;
  GDate                     day;

  g_signal_connect (report, "notify::agency", G_CALLBACK (count_notify), &agency);
  g_signal_connect (report, "notify::year", G_CALLBACK (count_notify), &year);
  g_signal_connect (report, "notify::date", G_CALLBACK (count_notify), &date);
  g_signal_connect (report, "notify::level", G_CALLBACK (count_notify), &level);
  g_signal_connect (report, "notify::document", G_CALLBACK (count_notify), &doc);
  g_signal_connect (report, "notify::encoding", G_CALLBACK (count_notify), &encoding);
  g_signal_connect (report, "notify", G_CALLBACK (count_notify), &any);

  fazhi_report_set_agency (report, AGENCY);
  fazhi_report_set_agency (report, AGENCY);
  ck_assert_uint_eq (agency, 1);
  fazhi_report_set_agency (report, NULL);
  fazhi_report_set_agency (report, NULL);
  ck_assert_uint_eq (agency, 2);

  fazhi_report_set_year (report, 2021);
  fazhi_report_set_year (report, 2021);
  g_object_set (report, "year", 2021, NULL);
  ck_assert_uint_eq (year, 1);

  fazhi_report_set_date_dmy (report, 20, G_DATE_JANUARY, 2022);
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 20, G_DATE_JANUARY, 2022);
  fazhi_report_set_date (report, &day);
  ck_assert_uint_eq (date, 1);
  fazhi_report_set_date (report, NULL);
  fazhi_report_set_date (report, NULL);
  ck_assert_uint_eq (date, 2);
  ck_assert_ptr_null (fazhi_report_get_date (report));

  fazhi_report_set_level (report, FAZHI_REPORT_LEVEL_GOVERNMENT);
  fazhi_report_set_level (report, FAZHI_REPORT_LEVEL_GOVERNMENT);
  ck_assert_uint_eq (level, 1);

  document = fazhi_document_new_from_text (report_text, -1, SOURCE, &error);
  assert_no_error (error);
  fazhi_report_set_document (report, document);
  fazhi_report_set_document (report, document);
  ck_assert_uint_eq (doc, 1);
  /* The document brings its encoding, once. */
  ck_assert_uint_eq (encoding, 1);
  ck_assert_str_eq (fazhi_report_get_encoding (report), "UTF-8");

  ck_assert_uint_eq (any, agency + year + date + level + doc + encoding);

  g_signal_connect (section, "notify::level", G_CALLBACK (count_notify), &section_level);
  g_signal_connect (section, "notify::run-in", G_CALLBACK (count_notify), &run_in);
  g_signal_connect (section, "notify::area-score", G_CALLBACK (count_notify), &score);
  fazhi_section_set_level (section, 1);
  ck_assert_uint_eq (section_level, 0);
  fazhi_section_set_level (section, 3);
  fazhi_section_set_level (section, 3);
  ck_assert_uint_eq (section_level, 1);
  fazhi_section_set_run_in (section, TRUE);
  fazhi_section_set_run_in (section, 2); /* any true value is TRUE */
  ck_assert_uint_eq (run_in, 1);
  fazhi_section_set_area_score (section, 0.5);
  fazhi_section_set_area_score (section, 0.5);
  ck_assert_uint_eq (score, 1);

  g_signal_connect (target, "notify::quantity", G_CALLBACK (count_notify), &quantity);
  g_signal_connect (target, "notify::has-quantity", G_CALLBACK (count_notify), &has_quantity);
  g_signal_connect (target, "notify::due", G_CALLBACK (count_notify), &due);
  fazhi_target_set_quantity (target, 2);
  ck_assert_uint_eq (quantity, 1);
  ck_assert_uint_eq (has_quantity, 1);
  fazhi_target_set_quantity (target, 2);
  ck_assert_uint_eq (quantity, 1);
  ck_assert_uint_eq (has_quantity, 1);
  fazhi_target_clear_quantity (target);
  ck_assert_uint_eq (quantity, 2);
  ck_assert_uint_eq (has_quantity, 2);
  fazhi_target_clear_quantity (target);
  ck_assert_uint_eq (has_quantity, 2);
  fazhi_target_set_due (target, &day);
  fazhi_target_set_due (target, &day);
  ck_assert_uint_eq (due, 1);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Structure                                                           */
/* ------------------------------------------------------------------ */

START_TEST (test_find_section)
{
  g_autoptr (FazhiReport) report = make_report ();

  ck_assert_ptr_eq (fazhi_report_find_section (report, 3), section_at (report, 0));
  ck_assert_ptr_eq (fazhi_report_find_section (report, 5), section_at (report, 1));
  ck_assert_ptr_eq (fazhi_report_find_section (report, 6), section_at (report, 1));
  ck_assert_ptr_eq (fazhi_report_find_section (report, 8), section_at (report, 2));
  ck_assert_ptr_eq (fazhi_report_find_section (report, 9), section_at (report, 3));
  /* Line 10 holds both run-in items; the last one wins. */
  ck_assert_ptr_eq (fazhi_report_find_section (report, 10), section_at (report, 5));
  ck_assert_ptr_eq (fazhi_report_find_section (report, 12), section_at (report, 6));

  /* Before the first heading and after the last section: none. */
  ck_assert_ptr_null (fazhi_report_find_section (report, 1));
  ck_assert_ptr_null (fazhi_report_find_section (report, 13));
  ck_assert_ptr_null (fazhi_report_find_section (report, 0));
}
END_TEST

START_TEST (test_find_part)
{
  g_autoptr (FazhiReport) report = make_report ();
  g_autoptr (FazhiReport) nested = fazhi_report_new ();

  ck_assert_ptr_eq (fazhi_report_find_part (report, "measures"), section_at (report, 0));
  ck_assert_ptr_eq (fazhi_report_find_part (report, "shortcomings"), section_at (report, 3));
  ck_assert_ptr_eq (fazhi_report_find_part (report, "plans"), section_at (report, 6));
  ck_assert_ptr_null (fazhi_report_find_part (report, "opinions"));

  /* A part may start below a heading that belongs to no part. */
  add_section (nested, make_section ("正文", 1, FALSE, NULL, NULL, 0, 1, 2, 9, NULL));
  add_section (nested, make_section ("工作成效", 2, FALSE, "measures", NULL, 0, 2, 3, 5, NULL));
  add_section (nested, make_section ("下一步打算", 2, FALSE, "plans", NULL, 0, 6, 7, 9, NULL));
  add_section (nested, make_section ("加强学习", 3, TRUE, "plans", NULL, 0, 7, 7, 9, NULL));
  ck_assert_ptr_eq (fazhi_report_find_part (nested, "measures"), section_at (nested, 1));
  ck_assert_ptr_eq (fazhi_report_find_part (nested, "plans"), section_at (nested, 2));
}
END_TEST

START_TEST (test_dup_items)
{
  g_autoptr (FazhiReport)  report = make_report ();
  g_autoptr (FazhiReport)  empty = fazhi_report_new ();
  g_autoptr (GListModel)   top = fazhi_report_dup_items (report, NULL);
  g_autoptr (GListModel)   measures = fazhi_report_dup_items (report, section_at (report, 0));
  g_autoptr (GListModel)   shortcomings = fazhi_report_dup_items (report, section_at (report, 3));
  g_autoptr (GListModel)   leaf = fazhi_report_dup_items (report, section_at (report, 1));
  g_autoptr (GListModel)   plans = fazhi_report_dup_items (report, section_at (report, 6));
  g_autoptr (GListModel)   none = fazhi_report_dup_items (empty, NULL);
  g_autoptr (FazhiSection) item = NULL;

  ck_assert (g_list_model_get_item_type (top) == FAZHI_TYPE_SECTION);
  ck_assert_uint_eq (g_list_model_get_n_items (top), 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr (FazhiSection) section = g_list_model_get_item (top, i);

      ck_assert_ptr_eq (section, section_at (report, (guint[]){ 0, 3, 6 }[i]));
    }

  /* Two obligation areas under the measures. */
  ck_assert_uint_eq (g_list_model_get_n_items (measures), 2);
  item = g_list_model_get_item (measures, 0);
  ck_assert_str_eq (fazhi_section_get_area (item), "functions");
  g_clear_object (&item);
  item = g_list_model_get_item (measures, 1);
  ck_assert_str_eq (fazhi_section_get_area (item), "enforcement");
  g_clear_object (&item);

  /* Two run-in items under the shortcomings, two levels down. */
  ck_assert_uint_eq (g_list_model_get_n_items (shortcomings), 2);
  item = g_list_model_get_item (shortcomings, 0);
  ck_assert (fazhi_section_get_run_in (item));
  ck_assert_str_eq (fazhi_section_get_heading (item), "执法人员力量不足");
  g_clear_object (&item);
  item = g_list_model_get_item (shortcomings, 1);
  ck_assert_str_eq (fazhi_section_get_heading (item), "普法形式单一");
  g_clear_object (&item);

  ck_assert_uint_eq (g_list_model_get_n_items (leaf), 0);
  ck_assert_uint_eq (g_list_model_get_n_items (plans), 0);
  ck_assert_uint_eq (g_list_model_get_n_items (none), 0);

  /* The list is a copy: changing it leaves the report alone. */
  g_list_store_remove_all (G_LIST_STORE (top));
  ck_assert_uint_eq (g_list_model_get_n_items (fazhi_report_get_sections (report)), 7);
}
END_TEST

START_TEST (test_dup_parts_and_areas)
{
  g_autoptr (FazhiReport) report = make_report ();
  g_autoptr (FazhiReport) empty = fazhi_report_new ();
  g_auto (GStrv)          parts = fazhi_report_dup_parts (report);
  g_auto (GStrv)          areas = fazhi_report_dup_areas (report);
  g_auto (GStrv)          no_parts = fazhi_report_dup_parts (empty);
  g_auto (GStrv)          no_areas = fazhi_report_dup_areas (empty);
  const char * const      expected_parts[] = { "measures", "shortcomings", "plans", NULL };
  /* The shortcoming about functions says what it is about; only the
   * measures count as areas covered. */
  const char * const expected_areas[] = { "functions", "enforcement", NULL };

  ck_assert_msg (g_strv_equal ((const char * const *) parts, expected_parts), "parts: %s",
                 g_strjoinv (",", parts));
  ck_assert_msg (g_strv_equal ((const char * const *) areas, expected_areas), "areas: %s",
                 g_strjoinv (",", areas));
  ck_assert_ptr_nonnull (no_parts);
  ck_assert_ptr_null (no_parts[0]);
  ck_assert_ptr_nonnull (no_areas);
  ck_assert_ptr_null (no_areas[0]);
}
END_TEST

/* ------------------------------------------------------------------ */
/* The interchange format                                              */
/* ------------------------------------------------------------------ */

START_TEST (test_json_round_trip)
{
  g_autoptr (FazhiReport) report = make_report ();
  g_autoptr (FazhiReport) copy = NULL;
  g_autoptr (GError)      error = NULL;
  g_autofree char        *json = fazhi_report_to_json (report, FAZHI_JSON_FLAGS_NONE);
  g_autofree char        *again = NULL;
  g_autoptr (FazhiFigure) money = NULL;

  ck_assert_ptr_nonnull (json);
  ck_assert_ptr_null (strchr (json, '\n')); /* compact */

  copy = fazhi_report_new_from_json (json, -1, &error);
  assert_no_error (error);
  ck_assert_ptr_nonnull (copy);

  again = fazhi_report_to_json (copy, FAZHI_JSON_FLAGS_NONE);
  ck_assert_str_eq (again, json);
  assert_reports_equal (report, copy);

  /* Exactly, not nearly: the figures are compared between years. */
  money = g_list_model_get_item (fazhi_report_get_figures (copy), 0);
  ck_assert (fazhi_figure_get_value (money) == 75.46);
  ck_assert_str_eq (fazhi_report_get_agency (copy), AGENCY);
  ck_assert_int_eq (fazhi_report_get_year (copy), 2021);
  ck_assert_ptr_null (fazhi_report_get_document (copy));

  /* The length is honoured. */
  {
    g_autofree char        *padded = g_strconcat (json, "garbage", NULL);
    g_autoptr (FazhiReport) trimmed = fazhi_report_new_from_json (padded, strlen (json), &error);

    assert_no_error (error);
    assert_reports_equal (report, trimmed);
  }
}
END_TEST

START_TEST (test_json_pretty)
{
  g_autoptr (FazhiReport) report = make_report ();
  g_autoptr (FazhiReport) copy = NULL;
  g_autoptr (GError)      error = NULL;
  g_autofree char        *pretty = fazhi_report_to_json (report, FAZHI_JSON_FLAGS_PRETTY);
  g_autofree char        *compact = fazhi_report_to_json (report, FAZHI_JSON_FLAGS_NONE);
  g_autofree char        *again = NULL;

  ck_assert_ptr_nonnull (strstr (pretty, "\n  \"format\" : 1"));
  copy = fazhi_report_new_from_json (pretty, -1, &error);
  assert_no_error (error);
  again = fazhi_report_to_json (copy, FAZHI_JSON_FLAGS_NONE);
  ck_assert_str_eq (again, compact);
}
END_TEST

START_TEST (test_json_layout)
{
  g_autoptr (FazhiReport) report = make_report ();
  g_autofree char        *json = fazhi_report_to_json (report, FAZHI_JSON_FLAGS_NONE);
  g_autoptr (JsonNode)    root = parse_json (json);
  JsonObject             *object = json_node_get_object (root);
  JsonObject             *section;
  JsonObject             *figure;
  JsonObject             *target;
  JsonObject             *duty;
  const char * const      top_keys[] = {
         "format", "file", "encoding", "is_report", "title", "agency", "addressee", "year", "date",
         "level", "framework", "sections", "figures", "targets", "duties", NULL
  };
  const char * const section_keys[] = {
    "heading", "level", "run_in", "line", "body_line", "end_line", "part", "area", "area_score", "body", NULL
  };
  const char * const figure_keys[] = { "value", "unit", "kind", "qualifier", "subject", "text", "line", NULL };
  const char * const target_keys[] = {
    "text", "heading", "quantity", "unit", "period", "owner", "due", "measurable", "area", "line", "status", NULL
  };
  const char * const duty_keys[] = { "duty", "text", "line", NULL };
  struct
  {
    JsonObject        **object;
    const char * const *keys;
  } layouts[] = {
    { &object, top_keys },
    { &section, section_keys },
    { &figure, figure_keys },
    { &target, target_keys },
    { &duty, duty_keys },
  };

  section = json_array_get_object_element (json_object_get_array_member (object, "sections"), 1);
  figure = json_array_get_object_element (json_object_get_array_member (object, "figures"), 0);
  target = json_array_get_object_element (json_object_get_array_member (object, "targets"), 0);
  duty = json_array_get_object_element (json_object_get_array_member (object, "duties"), 0);

  /* Every key, in the documented order, and nothing else. */
  for (guint i = 0; i < G_N_ELEMENTS (layouts); i++)
    {
      g_autoptr (GList) members = json_object_get_members (*layouts[i].object);
      guint             j = 0;

      for (GList *l = members; l != NULL; l = l->next, j++)
        {
          ck_assert_ptr_nonnull (layouts[i].keys[j]);
          ck_assert_str_eq (l->data, layouts[i].keys[j]);
        }
      ck_assert_ptr_null (layouts[i].keys[j]);
    }

  ck_assert_int_eq (json_object_get_int_member (object, "format"), FAZHI_REPORT_FORMAT);
  ck_assert_str_eq (json_object_get_string_member (object, "file"), SOURCE);
  assert_member_null (object, "encoding"); /* no document */
  ck_assert (json_object_get_boolean_member (object, "is_report"));
  ck_assert_str_eq (json_object_get_string_member (object, "agency"), AGENCY);
  ck_assert_int_eq (json_node_get_value_type (json_object_get_member (object, "year")), G_TYPE_INT64);
  ck_assert_int_eq (json_object_get_int_member (object, "year"), 2021);
  ck_assert_str_eq (json_object_get_string_member (object, "date"), "2022-01-20");
  ck_assert_str_eq (json_object_get_string_member (object, "level"), "department");
  ck_assert_str_eq (json_object_get_string_member (object, "framework"), "outline-2021");
  ck_assert (!json_object_has_member (object, "text"));

  ck_assert_int_eq (json_node_get_value_type (json_object_get_member (section, "level")), G_TYPE_INT64);
  ck_assert_int_eq (json_object_get_int_member (section, "level"), 2);
  ck_assert_int_eq (json_object_get_int_member (section, "body_line"), 5);
  ck_assert_str_eq (json_object_get_string_member (section, "area"), "functions");
  ck_assert (json_object_get_double_member (section, "area_score") == 0.85);
  ck_assert_str_eq (json_object_get_string_member (section, "body"), "全年完成水利投资75.46 亿元，\n办理行政许可事项312件。");

  ck_assert (json_object_get_double_member (figure, "value") == 75.46);
  ck_assert_str_eq (json_object_get_string_member (figure, "unit"), "亿元");
  ck_assert_str_eq (json_object_get_string_member (figure, "kind"), "money");
  ck_assert_str_eq (json_object_get_string_member (figure, "qualifier"), "exact");

  /* A whole quantity is written as an integer. */
  ck_assert_int_eq (json_node_get_value_type (json_object_get_member (target, "quantity")), G_TYPE_INT64);
  ck_assert_int_eq (json_object_get_int_member (target, "quantity"), 2);
  ck_assert_str_eq (json_object_get_string_member (target, "period"), "year");
  ck_assert_str_eq (json_object_get_string_member (target, "owner"), "综合科");
  ck_assert_str_eq (json_object_get_string_member (target, "due"), "2022-12-31");
  ck_assert_str_eq (json_object_get_string_member (target, "status"), "met");

  ck_assert_str_eq (json_object_get_string_member (duty, "duty"), "study");
  ck_assert_int_eq (json_object_get_int_member (duty, "line"), 4);
}
END_TEST

START_TEST (test_json_nulls)
{
  g_autoptr (FazhiReport)       report = fazhi_report_new ();
  g_autoptr (FazhiReport)       copy = NULL;
  g_autoptr (FazhiTarget)       target = fazhi_target_new ("进一步提高依法行政水平。");
  g_autoptr (FazhiFigure)       figure = fazhi_figure_new (312, "件", FAZHI_FIGURE_KIND_COUNT);
  g_autoptr (FazhiDutyEvidence) duty = fazhi_duty_evidence_new (NULL, NULL, 0);
  g_autoptr (GError)            error = NULL;
  g_autofree char              *json = NULL;
  g_autoptr (JsonNode)          root = NULL;
  JsonObject                   *object;
  JsonObject                   *member;
  const char * const            report_nulls[] = {
               "file", "encoding", "title", "agency", "addressee", "year", "date", "level", "framework", NULL
  };
  const char * const section_nulls[] = { "heading", "line", "body_line", "end_line", "part", "area",
                                         "area_score", "body", NULL };
  const char * const target_nulls[] = { "heading", "quantity", "unit", "period", "owner", "due", "area",
                                        "line", "status", NULL };

  add_section (report, fazhi_section_new (NULL, 1));
  /* A score without an area is not written: the pair goes together. */
  fazhi_section_set_area_score (section_at (report, 0), 0.5);
  fazhi_report_add_target (report, target);
  fazhi_report_add_figure (report, figure);
  fazhi_report_add_duty_evidence (report, duty);

  json = fazhi_report_to_json (report, FAZHI_JSON_FLAGS_INCLUDE_TEXT);
  root = parse_json (json);
  object = json_node_get_object (root);

  for (guint i = 0; report_nulls[i] != NULL; i++)
    assert_member_null (object, report_nulls[i]);
  ck_assert (!json_object_get_boolean_member (object, "is_report"));
  /* No document, so no text even when asked for. */
  ck_assert (!json_object_has_member (object, "text"));

  member = json_array_get_object_element (json_object_get_array_member (object, "sections"), 0);
  for (guint i = 0; section_nulls[i] != NULL; i++)
    assert_member_null (member, section_nulls[i]);
  ck_assert_int_eq (json_object_get_int_member (member, "level"), 1);
  ck_assert (!json_object_get_boolean_member (member, "run_in"));

  member = json_array_get_object_element (json_object_get_array_member (object, "targets"), 0);
  for (guint i = 0; target_nulls[i] != NULL; i++)
    assert_member_null (member, target_nulls[i]);
  ck_assert (!json_object_get_boolean_member (member, "measurable"));

  member = json_array_get_object_element (json_object_get_array_member (object, "figures"), 0);
  assert_member_null (member, "subject");
  assert_member_null (member, "text");
  assert_member_null (member, "line");
  ck_assert_int_eq (json_object_get_int_member (member, "value"), 312);

  member = json_array_get_object_element (json_object_get_array_member (object, "duties"), 0);
  assert_member_null (member, "duty");
  assert_member_null (member, "text");
  assert_member_null (member, "line");

  /* Nulls read back as the defaults. */
  copy = fazhi_report_new_from_json (json, -1, &error);
  assert_no_error (error);
  ck_assert_ptr_null (fazhi_report_get_addressee (copy));
  ck_assert_int_eq (fazhi_report_get_year (copy), 0);
  ck_assert_ptr_null (fazhi_report_get_date (copy));
  ck_assert_int_eq (fazhi_report_get_level (copy), FAZHI_REPORT_LEVEL_UNKNOWN);
  ck_assert (fazhi_section_get_area_score (section_at (copy, 0)) == 0);
  {
    g_autoptr (FazhiTarget) read = g_list_model_get_item (fazhi_report_get_targets (copy), 0);

    ck_assert (!fazhi_target_get_has_quantity (read));
    ck_assert_int_eq (fazhi_target_get_period (read), FAZHI_PERIOD_NONE);
    ck_assert_int_eq (fazhi_target_get_status (read), FAZHI_TARGET_STATUS_UNKNOWN);
    ck_assert_ptr_null (fazhi_target_get_due (read));
  }
}
END_TEST

START_TEST (test_json_defaults)
{
  g_autoptr (GError) error = NULL;
  /* Only the format is required; unknown keys are for later versions. */
  g_autoptr (FazhiReport)  minimal = fazhi_report_new_from_json ("{\"format\":1}", -1, &error);
  g_autoptr (FazhiReport)  future = NULL;
  g_autoptr (FazhiSection) section = NULL;

  assert_no_error (error);
  ck_assert_ptr_null (fazhi_report_get_agency (minimal));
  ck_assert_ptr_null (fazhi_report_get_source (minimal));
  ck_assert (!fazhi_report_get_is_report (minimal));
  ck_assert_uint_eq (g_list_model_get_n_items (fazhi_report_get_sections (minimal)), 0);

  future = fazhi_report_new_from_json ("{\"format\":1,\"agency\":\"" AGENCY "\",\"reviewer\":{\"name\":\"x\"},"
                                       "\"sections\":[{\"heading\":\"工作成效\",\"colour\":\"red\"}],"
                                       "\"year\":null,\"figures\":null}",
                                       -1, &error);
  assert_no_error (error);
  ck_assert_str_eq (fazhi_report_get_agency (future), AGENCY);
  ck_assert_int_eq (fazhi_report_get_year (future), 0);
  section = g_list_model_get_item (fazhi_report_get_sections (future), 0);
  ck_assert_str_eq (fazhi_section_get_heading (section), "工作成效");
  ck_assert_uint_eq (fazhi_section_get_level (section), 1);
  ck_assert_uint_eq (fazhi_section_get_line (section), 0);
}
END_TEST

START_TEST (test_json_include_text)
{
  g_autoptr (FazhiReport)   report = make_report ();
  g_autoptr (FazhiReport)   copy = NULL;
  g_autoptr (FazhiReport)   without = NULL;
  g_autoptr (FazhiDocument) document = NULL;
  g_autoptr (GError)        error = NULL;
  g_autofree char          *json = NULL;
  g_autofree char          *again = NULL;
  g_autofree char          *plain = NULL;
  g_autofree char          *line = NULL;
  g_autoptr (JsonNode)      root = NULL;
  FazhiDocument            *restored;

  document = fazhi_document_new_from_text (report_text, -1, SOURCE, &error);
  assert_no_error (error);
  fazhi_report_set_document (report, document);

  json = fazhi_report_to_json (report, FAZHI_JSON_FLAGS_INCLUDE_TEXT);
  root = parse_json (json);
  ck_assert_str_eq (json_object_get_string_member (json_node_get_object (root), "encoding"), "UTF-8");
  ck_assert_str_eq (json_object_get_string_member (json_node_get_object (root), "text"), report_text);

  copy = fazhi_report_new_from_json (json, -1, &error);
  assert_no_error (error);
  restored = fazhi_report_get_document (copy);
  ck_assert_ptr_nonnull (restored);
  ck_assert_str_eq (fazhi_document_get_text (restored, NULL), fazhi_document_get_text (document, NULL));
  ck_assert_uint_eq (fazhi_document_get_n_lines (restored), fazhi_document_get_n_lines (document));
  ck_assert_str_eq (fazhi_document_get_name (restored), SOURCE);
  line = fazhi_document_dup_line (restored, 5);
  ck_assert_str_eq (line, "全年完成水利投资75.46 亿元，");
  assert_reports_equal (report, copy);

  again = fazhi_report_to_json (copy, FAZHI_JSON_FLAGS_INCLUDE_TEXT);
  ck_assert_str_eq (again, json);

  /* Without the flag the text stays out, and so does the document. */
  plain = fazhi_report_to_json (report, FAZHI_JSON_FLAGS_NONE);
  ck_assert_ptr_null (strstr (plain, "\"text\":\"北塘市"));
  without = fazhi_report_new_from_json (plain, -1, &error);
  assert_no_error (error);
  ck_assert_ptr_null (fazhi_report_get_document (without));
}
END_TEST

START_TEST (test_item_json_nodes)
{
  g_autoptr (FazhiReport)       report = make_report ();
  g_autoptr (FazhiFigure)       figure = g_list_model_get_item (fazhi_report_get_figures (report), 0);
  g_autoptr (FazhiTarget)       target = g_list_model_get_item (fazhi_report_get_targets (report), 0);
  g_autoptr (FazhiDutyEvidence) duty = g_list_model_get_item (fazhi_report_get_duties (report), 0);
  g_autoptr (JsonNode)          section_node = fazhi_section_to_json_node (section_at (report, 4));
  g_autoptr (JsonNode)          figure_node = fazhi_figure_to_json_node (figure);
  g_autoptr (JsonNode)          target_node = fazhi_target_to_json_node (target);
  g_autoptr (JsonNode)          duty_node = fazhi_duty_evidence_to_json_node (duty);
  g_autoptr (FazhiSection)      section_copy = NULL;
  g_autoptr (FazhiFigure)       figure_copy = NULL;
  g_autoptr (FazhiTarget)       target_copy = NULL;
  g_autoptr (FazhiDutyEvidence) duty_copy = NULL;
  g_autoptr (JsonNode)          not_object = json_node_new (JSON_NODE_ARRAY);
  g_autoptr (JsonNode)          bad_kind = NULL;
  g_autoptr (GError)            error = NULL;

  section_copy = fazhi_section_new_from_json_node (section_node, &error);
  assert_no_error (error);
  ck_assert (fazhi_section_get_run_in (section_copy));
  ck_assert_uint_eq (fazhi_section_get_level (section_copy), 3);
  ck_assert_str_eq (fazhi_section_get_body (section_copy), "一是执法人员力量不足；");

  figure_copy = fazhi_figure_new_from_json_node (figure_node, &error);
  assert_no_error (error);
  ck_assert (fazhi_figure_get_value (figure_copy) == 75.46);
  ck_assert_int_eq (fazhi_figure_get_kind (figure_copy), FAZHI_FIGURE_KIND_MONEY);

  target_copy = fazhi_target_new_from_json_node (target_node, &error);
  assert_no_error (error);
  ck_assert (fazhi_target_get_has_quantity (target_copy));
  ck_assert (fazhi_target_get_quantity (target_copy) == 2);
  ck_assert_int_eq (g_date_compare (fazhi_target_get_due (target_copy), fazhi_target_get_due (target)), 0);

  duty_copy = fazhi_duty_evidence_new_from_json_node (duty_node, &error);
  assert_no_error (error);
  ck_assert_str_eq (fazhi_duty_evidence_get_text (duty_copy), "局党组理论学习中心组专题学法");

  json_node_take_array (not_object, json_array_new ());
  ck_assert_ptr_null (fazhi_section_new_from_json_node (not_object, &error));
  assert_error (error, FAZHI_ERROR, FAZHI_ERROR_INVALID_REPORT);
  ck_assert_msg (g_str_has_prefix (error->message, "<json>: "), "%s", error->message);
  g_clear_error (&error);

  bad_kind = json_from_string ("{\"value\":3,\"kind\":\"weight\"}", NULL);
  ck_assert_ptr_null (fazhi_figure_new_from_json_node (bad_kind, &error));
  assert_error (error, FAZHI_ERROR, FAZHI_ERROR_INVALID_REPORT);
  ck_assert_msg (strstr (error->message, "<json>: kind: ") != NULL, "%s", error->message);
}
END_TEST

typedef struct
{
  const char *json;
  int         code;  /* in FAZHI_ERROR */
  const char *place; /* must appear in the message, or NULL */
} BadReport;

static const BadReport bad_reports[] = {
  { "this is not JSON", FAZHI_ERROR_INVALID_JSON, NULL },
  { "", FAZHI_ERROR_INVALID_JSON, NULL },
  { "{\"format\":1,", FAZHI_ERROR_INVALID_JSON, NULL },
  { "[{\"format\":1}]", FAZHI_ERROR_INVALID_REPORT, "expected an object" },
  { "\"report\"", FAZHI_ERROR_INVALID_REPORT, "expected an object" },
  { "{}", FAZHI_ERROR_INVALID_REPORT, "format" },
  { "{\"sections\":[]}", FAZHI_ERROR_INVALID_REPORT, "format" },
  { "{\"format\":\"1\"}", FAZHI_ERROR_INVALID_REPORT, "format" },
  { "{\"format\":2}", FAZHI_ERROR_UNSUPPORTED_FORMAT, "format 2" },
  { "{\"format\":1,\"sections\":[{\"level\":\"x\"}]}", FAZHI_ERROR_INVALID_REPORT,
    "<json>: sections[0].level: expected an integer, found a string" },
  { "{\"format\":1,\"sections\":[{},{},{},{\"level\":0}]}", FAZHI_ERROR_INVALID_REPORT, "sections[3].level" },
  { "{\"format\":1,\"sections\":[{\"line\":-1}]}", FAZHI_ERROR_INVALID_REPORT, "sections[0].line" },
  { "{\"format\":1,\"sections\":[{\"end_line\":2.5}]}", FAZHI_ERROR_INVALID_REPORT, "sections[0].end_line" },
  { "{\"format\":1,\"sections\":[{\"area\":\"rules\",\"area_score\":1.5}]}", FAZHI_ERROR_INVALID_REPORT,
    "sections[0].area_score" },
  { "{\"format\":1,\"sections\":[{\"run_in\":1}]}", FAZHI_ERROR_INVALID_REPORT, "sections[0].run_in" },
  { "{\"format\":1,\"sections\":{}}", FAZHI_ERROR_INVALID_REPORT, "sections: expected an array" },
  { "{\"format\":1,\"sections\":[3]}", FAZHI_ERROR_INVALID_REPORT, "sections[0]: expected an object" },
  { "{\"format\":1,\"date\":\"2021-13-40\"}", FAZHI_ERROR_INVALID_REPORT, "<json>: date: " },
  { "{\"format\":1,\"date\":20220120}", FAZHI_ERROR_INVALID_REPORT, "<json>: date: " },
  { "{\"format\":1,\"year\":10000}", FAZHI_ERROR_INVALID_REPORT, "<json>: year: " },
  { "{\"format\":1,\"year\":\"2021\"}", FAZHI_ERROR_INVALID_REPORT, "<json>: year: " },
  { "{\"format\":1,\"level\":\"ministry\"}", FAZHI_ERROR_INVALID_REPORT, "<json>: level: unknown value \"ministry\"" },
  { "{\"format\":1,\"is_report\":\"yes\"}", FAZHI_ERROR_INVALID_REPORT, "<json>: is_report: " },
  { "{\"format\":1,\"agency\":7}", FAZHI_ERROR_INVALID_REPORT, "<json>: agency: " },
  { "{\"format\":1,\"text\":[]}", FAZHI_ERROR_INVALID_REPORT, "<json>: text: " },
  { "{\"format\":1,\"figures\":[{\"kind\":\"weight\"}]}", FAZHI_ERROR_INVALID_REPORT, "figures[0].kind" },
  { "{\"format\":1,\"figures\":[{\"value\":\"75.46\"}]}", FAZHI_ERROR_INVALID_REPORT, "figures[0].value" },
  { "{\"format\":1,\"figures\":[{\"qualifier\":\"roughly\"}]}", FAZHI_ERROR_INVALID_REPORT, "figures[0].qualifier" },
  { "{\"format\":1,\"targets\":[{},{\"due\":\"2022/12/31\"}]}", FAZHI_ERROR_INVALID_REPORT, "targets[1].due" },
  { "{\"format\":1,\"targets\":[{\"period\":\"daily\"}]}", FAZHI_ERROR_INVALID_REPORT, "targets[0].period" },
  { "{\"format\":1,\"targets\":[{\"status\":\"done\"}]}", FAZHI_ERROR_INVALID_REPORT, "targets[0].status" },
  { "{\"format\":1,\"targets\":[{\"quantity\":\"两\"}]}", FAZHI_ERROR_INVALID_REPORT, "targets[0].quantity" },
  { "{\"format\":1,\"duties\":[{\"line\":1.5}]}", FAZHI_ERROR_INVALID_REPORT, "duties[0].line" },
  { "{\"format\":1,\"duties\":[{\"duty\":false}]}", FAZHI_ERROR_INVALID_REPORT, "duties[0].duty" },
};

START_TEST (test_json_bad)
{
  const BadReport        *bad = &bad_reports[_i];
  g_autoptr (GError)      error = NULL;
  g_autoptr (FazhiReport) report = fazhi_report_new_from_json (bad->json, -1, &error);

  ck_assert_msg (report == NULL, "accepted %s", bad->json);
  assert_error (error, FAZHI_ERROR, bad->code);
  ck_assert_msg (g_str_has_prefix (error->message, "<json>: "), "%s", error->message);
  if (bad->place != NULL)
    ck_assert_msg (strstr (error->message, bad->place) != NULL,
                   "\"%s\" not in \"%s\"", bad->place, error->message);
}
END_TEST

START_TEST (test_json_bad_node)
{
  g_autoptr (GError)      error = NULL;
  g_autoptr (JsonNode)    node = json_from_string ("{\"format\":1,\"targets\":[{\"due\":\"2022-02-30\"}]}", NULL);
  g_autoptr (FazhiReport) report = fazhi_report_new_from_json_node (node, &error);

  ck_assert_ptr_null (report);
  assert_error (error, FAZHI_ERROR, FAZHI_ERROR_INVALID_REPORT);
  ck_assert_msg (strstr (error->message, "<json>: targets[0].due: ") != NULL, "%s", error->message);
}
END_TEST

START_TEST (test_save_json)
{
  g_autoptr (FazhiReport)   report = make_report ();
  g_autoptr (FazhiReport)   copy = NULL;
  g_autoptr (FazhiReport)   broken = NULL;
  g_autoptr (FazhiReport)   missing = NULL;
  g_autoptr (FazhiDocument) document = NULL;
  g_autoptr (GError)        error = NULL;
  g_autofree char          *dir = g_dir_make_tmp ("fazhi-report-XXXXXX", &error);
  g_autofree char          *path = NULL;
  g_autofree char          *bad_path = NULL;
  g_autofree char          *contents = NULL;
  g_autofree char          *expected = NULL;
  g_autofree char          *missing_path = NULL;
  gsize                     length = 0;

  assert_no_error (error);
  path = g_build_filename (dir, "report.json", NULL);
  bad_path = g_build_filename (dir, "bad.json", NULL);
  missing_path = g_build_filename (dir, "missing.json", NULL);

  document = fazhi_document_new_from_text (report_text, -1, SOURCE, &error);
  assert_no_error (error);
  fazhi_report_set_document (report, document);

  ck_assert (fazhi_report_save_json (report, path, FAZHI_JSON_FLAGS_PRETTY | FAZHI_JSON_FLAGS_INCLUDE_TEXT, &error));
  assert_no_error (error);

  ck_assert (g_file_get_contents (path, &contents, &length, NULL));
  expected = fazhi_report_to_json (report, FAZHI_JSON_FLAGS_PRETTY | FAZHI_JSON_FLAGS_INCLUDE_TEXT);
  ck_assert_uint_eq (length, strlen (expected) + 1);
  ck_assert_int_eq (contents[length - 1], '\n');
  ck_assert_int_eq (strncmp (contents, expected, length - 1), 0);

  copy = fazhi_report_new_from_json_file (path, &error);
  assert_no_error (error);
  assert_reports_equal (report, copy);
  ck_assert_ptr_nonnull (fazhi_report_get_document (copy));
  ck_assert_uint_eq (fazhi_document_get_n_lines (fazhi_report_get_document (copy)),
                     fazhi_document_get_n_lines (document));

  /* Messages name the file. */
  ck_assert (g_file_set_contents (bad_path, "{\"format\":1,\"sections\":[{\"level\":\"x\"}]}\n", -1, NULL));
  broken = fazhi_report_new_from_json_file (bad_path, &error);
  ck_assert_ptr_null (broken);
  assert_error (error, FAZHI_ERROR, FAZHI_ERROR_INVALID_REPORT);
  {
    g_autofree char *prefix = g_strdup_printf ("%s: sections[0].level: ", bad_path);

    ck_assert_msg (g_str_has_prefix (error->message, prefix), "%s", error->message);
  }
  g_clear_error (&error);

  missing = fazhi_report_new_from_json_file (missing_path, &error);
  ck_assert_ptr_null (missing);
  assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_clear_error (&error);

  /* Saving into a directory that does not exist fails cleanly. */
  {
    g_autofree char *nowhere = g_build_filename (dir, "no", "such", "report.json", NULL);

    ck_assert (!fazhi_report_save_json (report, nowhere, FAZHI_JSON_FLAGS_NONE, &error));
    ck_assert_ptr_nonnull (error);
    ck_assert (error->domain == G_FILE_ERROR);
    g_clear_error (&error);
  }

  g_unlink (path);
  g_unlink (bad_path);
  g_rmdir (dir);
}
END_TEST

static Suite *
report_suite (void)
{
  Suite *suite = suite_create ("report");
  TCase *model = tcase_create ("model");
  TCase *structure = tcase_create ("structure");
  TCase *json = tcase_create ("json");

  tcase_add_test (model, test_build_in_code);
  tcase_add_test (model, test_properties);
  tcase_add_test (model, test_target_quantity);
  tcase_add_test (model, test_section_line_at_offset);
  tcase_add_test (model, test_notify);
  suite_add_tcase (suite, model);

  tcase_add_test (structure, test_find_section);
  tcase_add_test (structure, test_find_part);
  tcase_add_test (structure, test_dup_items);
  tcase_add_test (structure, test_dup_parts_and_areas);
  suite_add_tcase (suite, structure);

  tcase_add_test (json, test_json_round_trip);
  tcase_add_test (json, test_json_pretty);
  tcase_add_test (json, test_json_layout);
  tcase_add_test (json, test_json_nulls);
  tcase_add_test (json, test_json_defaults);
  tcase_add_test (json, test_json_include_text);
  tcase_add_test (json, test_item_json_nodes);
  tcase_add_loop_test (json, test_json_bad, 0, G_N_ELEMENTS (bad_reports));
  tcase_add_test (json, test_json_bad_node);
  tcase_add_test (json, test_save_json);
  suite_add_tcase (suite, json);

  return suite;
}

int
main (void)
{
  SRunner *runner = srunner_create (report_suite ());
  int      failed;

  srunner_run_all (runner, CK_ENV);
  failed = srunner_ntests_failed (runner);
  srunner_free (runner);

  return failed != 0;
}
