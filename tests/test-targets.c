/* test-targets.c: what a plans item commits to
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Single items check each field with its positive and negative cases; the
 * fixture test finds every plans item of every fixture report by its
 * marker, hands it over the way the reader does (short heading apart from
 * the body) and compares with the fixture's expected targets.
 */

#include <stdio.h>
#include <string.h>

#include "fazhi.h"
#include "fazhi-evidence-private.h"

#include "fazhi-test.h"

/* The plan year of most single-item cases. */
#define PLAN_YEAR 2024

/* Fills a target from an item whose short heading (or NULL) is on the
 * first line and whose body follows, as the reader splits them. */
static FazhiTarget *
fill (const char *heading,
      const char *body,
      int         plan_year)
{
  g_autoptr (GError)        error = NULL;
  g_autofree char          *text = heading != NULL ? g_strdup_printf ("%s\n%s", heading, body) : g_strdup (body);
  g_autoptr (FazhiDocument) document = fazhi_document_new_from_text (text, -1, "item.txt", &error);
  g_autoptr (GPtrArray)     paragraphs = g_ptr_array_new_with_free_func ((GDestroyNotify) _fazhi_paragraph_free);
  g_autofree char          *heading_norm = NULL;
  const FazhiLine          *lines;
  guint                     n_lines;
  gsize                     norm_length;
  FazhiTarget              *target;

  fazhi_assert_no_error (error);
  lines = _fazhi_document_get_lines (document, &n_lines);
  _fazhi_document_get_norm (document, &norm_length);
  ck_assert_uint_ge (n_lines, heading != NULL ? 2 : 1);
  _fazhi_document_collect_paragraphs (document, heading != NULL ? lines[1].norm_start : 0, norm_length,
                                      paragraphs);
  if (heading != NULL)
    heading_norm = _fazhi_normalize (heading, -1);

  target = fazhi_target_new (text);
  _fazhi_fill_target (document, target, heading_norm, G_MAXSIZE, paragraphs, plan_year);
  return target;
}

static char *
dup_due (FazhiTarget *target)
{
  const GDate *due = fazhi_target_get_due (target);

  if (due == NULL)
    return NULL;
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (due), g_date_get_month (due), g_date_get_day (due));
}

static void
assert_quantity (FazhiTarget *target,
                 double       quantity,
                 const char  *unit)
{
  ck_assert_msg (fazhi_target_get_has_quantity (target), "no quantity in %s", fazhi_target_get_text (target));
  ck_assert_double_eq (fazhi_target_get_quantity (target), quantity);
  ck_assert_str_eq (fazhi_target_get_unit (target), unit);
}

static void
assert_no_quantity (FazhiTarget *target)
{
  ck_assert_msg (!fazhi_target_get_has_quantity (target), "unexpected quantity %g %s in %s",
                 fazhi_target_get_quantity (target), fazhi_target_get_unit (target),
                 fazhi_target_get_text (target));
}

static void
assert_due (FazhiTarget *target,
            const char  *expected)
{
  g_autofree char *due = dup_due (target);

  ck_assert_msg (g_strcmp0 (due, expected) == 0, "due of %s: expected %s, got %s",
                 fazhi_target_get_text (target), expected ? expected : "none", due ? due : "none");
}

/* Quantity ---------------------------------------------------------- */

START_TEST (test_quantity_at_least)
{
  g_autoptr (FazhiTarget) target = fill (NULL, "每年组织机关干部开展法律知识培训3次以上。", PLAN_YEAR);

  assert_quantity (target, 3, "次");
  ck_assert_int_eq (fazhi_target_get_period (target), FAZHI_PERIOD_YEAR);
  ck_assert (fazhi_target_get_measurable (target));
}
END_TEST

START_TEST (test_quantity_skips_the_past)
{
  g_autoptr (FazhiTarget) target =
    fill (NULL, "上半年已开展普法活动12场次，全年开展普法活动不少于30场次。", PLAN_YEAR);

  assert_quantity (target, 30, "场次");
  ck_assert_int_eq (fazhi_target_get_period (target), FAZHI_PERIOD_YEAR);
  /* "上半年" there reports what was done; it sets no deadline. */
  assert_due (target, NULL);
}
END_TEST

START_TEST (test_quantity_skips_earlier_years)
{
  g_autoptr (FazhiTarget) target =
    fill (NULL, "2023年共办理行政复议案件45件，全年组织案卷评查2次。", PLAN_YEAR);

  assert_quantity (target, 2, "次");
}
END_TEST

START_TEST (test_quantity_years_are_not_quantities)
{
  g_autoptr (FazhiTarget) target = fill (NULL, "2024年6月底前完成执法平台升级改造。", PLAN_YEAR);

  assert_no_quantity (target);
  assert_due (target, "2024-06-30");
  ck_assert (fazhi_target_get_measurable (target));
}
END_TEST

START_TEST (test_quantity_period_wins)
{
  g_autoptr (FazhiTarget) target =
    fill (NULL, "每月开展一次安全隐患排查，确保隐患整改率达到100%。", PLAN_YEAR);

  assert_quantity (target, 1, "次");
  ck_assert_int_eq (fazhi_target_get_period (target), FAZHI_PERIOD_MONTH);
}
END_TEST

START_TEST (test_quantity_area)
{
  g_autoptr (FazhiTarget) target = fill (NULL, "全年拆除违法建设面积不低于5万平方米。", PLAN_YEAR);

  assert_quantity (target, 5, "万平方米");
}
END_TEST

START_TEST (test_quantity_in_heading)
{
  g_autoptr (FazhiTarget) target = fill ("每季度召开1次法治工作例会", "研究解决依法行政中的突出问题。", PLAN_YEAR);

  assert_quantity (target, 1, "次");
  ck_assert_int_eq (fazhi_target_get_period (target), FAZHI_PERIOD_QUARTER);
}
END_TEST

START_TEST (test_quantity_none)
{
  g_autoptr (FazhiTarget) target = fill ("深化法治宣传", "深入开展法治宣传教育，营造良好法治氛围。", PLAN_YEAR);

  assert_no_quantity (target);
  ck_assert_int_eq (fazhi_target_get_period (target), FAZHI_PERIOD_NONE);
}
END_TEST

/* Period ------------------------------------------------------------ */

static const struct
{
  const char *body;
  FazhiPeriod period;
} period_cases[] = {
  { "每半年开展1次法治督查。", FAZHI_PERIOD_HALF_YEAR },
  { "每学期开展1次法治教育主题活动。", FAZHI_PERIOD_HALF_YEAR },
  { "每季度通报行政执法情况。", FAZHI_PERIOD_QUARTER },
  { "每个月报送一次执法统计数据。", FAZHI_PERIOD_MONTH },
  { "每月开展执法检查。", FAZHI_PERIOD_MONTH },
  { "每周更新政务公开栏目。", FAZHI_PERIOD_WEEK },
  { "全年开展专项执法检查。", FAZHI_PERIOD_YEAR },
  { "每年开展一次执法评议。", FAZHI_PERIOD_YEAR },
  /* "每个乡镇" is every township, not a recurrence. */
  { "年底前每个乡镇配备至少1名法律顾问。", FAZHI_PERIOD_NONE },
  { "加强执法人员培训。", FAZHI_PERIOD_NONE },
};

START_TEST (test_period)
{
  g_autoptr (FazhiTarget) target = fill (NULL, period_cases[_i].body, PLAN_YEAR);

  ck_assert_msg (fazhi_target_get_period (target) == period_cases[_i].period, "period of %s: expected %d, got %d",
                 period_cases[_i].body, period_cases[_i].period, fazhi_target_get_period (target));
}
END_TEST

/* Owner ------------------------------------------------------------- */

static const struct
{
  const char *body;
  const char *owner;
} owner_cases[] = {
  { "综合科负责行政规范性文件的合法性审核工作。", "综合科" },
  { "由办公室牵头，建立法律顾问参与重大决策制度。", "办公室" },
  { "法规科牵头负责全局执法案卷评查。", "法规科" },
  { "推行行政执法公示制度（责任单位：政策法规科）。", "政策法规科" },
  { "局办公室负责做好政府信息公开工作。", "局办公室" },
  { "各科室负责本领域法律法规的宣传。", "各科室" },
  { "三是由行政审批与执法股具体负责，做好许可事项梳理。", "行政审批与执法股" },
  { "明确职责分工，督查室负责跟踪问效。", "督查室" },
  { "由县司法局会同县政务服务中心推进证明事项清理。", "县司法局" },
  { "由县委组织部牵头，开展领导干部任前法律知识考试。", "县委组织部" },
  { "自由贸易区管委会负责涉企执法事项清单动态调整。", "自由贸易区管委会" },
  /* A hard wrap inside the name: the paragraph is joined. */
  { "每年组织业务培训不少于3次，由法规\n股负责组织实施。", "法规股" },
  /* Posts and answering to someone are not owners. */
  { "组织各单位主要负责人参加法治专题讲座。", NULL },
  { "执法大队向局党组负责，定期报告工作。", NULL },
  { "坚持党委领导、政府负责、社会协同、公众参与。", NULL },
  { "加强执法监督，不断提高执法质量。", NULL },
  /* A placeholder is not a name. */
  { "由XX科牵头，年底前建成调解组织。", NULL },
};

START_TEST (test_owner)
{
  g_autoptr (FazhiTarget) target = fill (NULL, owner_cases[_i].body, PLAN_YEAR);

  ck_assert_msg (g_strcmp0 (fazhi_target_get_owner (target), owner_cases[_i].owner) == 0,
                 "owner of %s: expected %s, got %s", owner_cases[_i].body,
                 owner_cases[_i].owner ? owner_cases[_i].owner : "none",
                 fazhi_target_get_owner (target) ? fazhi_target_get_owner (target) : "none");
}
END_TEST

START_TEST (test_owner_in_heading)
{
  g_autoptr (FazhiTarget) target = fill ("由政策法规股牵头", "每季度开展1次执法案卷评查。", PLAN_YEAR);

  ck_assert_str_eq (fazhi_target_get_owner (target), "政策法规股");
  assert_quantity (target, 1, "次");
}
END_TEST

/* Due date ---------------------------------------------------------- */

static const struct
{
  const char *body;
  int         plan_year;
  const char *due;
} due_cases[] = {
  { "年底前完成规范性文件清理。", PLAN_YEAR, "2024-12-31" },
  { "年末前建成执法监督平台。", PLAN_YEAR, "2024-12-31" },
  { "9月底前完成数字平台升级改造。", PLAN_YEAR, "2024-09-30" },
  { "2月底前报送年度法治政府建设情况报告。", PLAN_YEAR, "2024-02-29" },
  { "2月底前报送年度法治政府建设情况报告。", 2025, "2025-02-28" },
  { "十月底前完成执法证件换发。", PLAN_YEAR, "2024-10-31" },
  { "6月30日前完成执法人员资格清理。", PLAN_YEAR, "2024-06-30" },
  { "上半年出台行政处罚裁量基准。", PLAN_YEAR, "2024-06-30" },
  { "下半年开展执法案卷集中评查。", PLAN_YEAR, "2024-12-31" },
  { "第三季度完成证明事项清理。", PLAN_YEAR, "2024-09-30" },
  { "一季度末前印发年度普法计划。", PLAN_YEAR, "2024-03-31" },
  { "年内实现乡镇执法人员培训全覆盖。", PLAN_YEAR, "2024-12-31" },
  /* A year that is written is kept, whatever the plan year. */
  { "2023年底前完成全部整改任务。", 2025, "2023-12-31" },
  { "2023年6月底前完成执法大队人员调整。", 2023, "2023-06-30" },
  { "2025年3月15日之前完成系统对接。", PLAN_YEAR, "2025-03-15" },
  { "二〇二四年六月底前完成执法证件换发。", PLAN_YEAR, "2024-06-30" },
  /* Past dates, spans and recurrences set no deadline. */
  { "去年底已完成权责清单调整，今后将动态更新。", PLAN_YEAR, NULL },
  { "2023年9月，我局获评依法行政示范单位。", PLAN_YEAR, NULL },
  { "力争3年内实现执法规范化建设全覆盖。", PLAN_YEAR, NULL },
  { "已于6月底前完成执法平台升级。", PLAN_YEAR, NULL },
  { "每月底前报送执法统计数据。", PLAN_YEAR, NULL },
  { "不断完善工作机制。", PLAN_YEAR, NULL },
  /* Without a plan year only a written year resolves. */
  { "年底前完成规范性文件清理。", 0, NULL },
};

START_TEST (test_due)
{
  g_autoptr (FazhiTarget) target = fill (NULL, due_cases[_i].body, due_cases[_i].plan_year);

  assert_due (target, due_cases[_i].due);
}
END_TEST

/* Measurable -------------------------------------------------------- */

static const struct
{
  const char *heading;
  const char *body;
  gboolean    measurable;
} measurable_cases[] = {
  { "完善制度体系", "制定《江川市行政执法案卷评查办法》，规范评查程序。", TRUE },
  { NULL, "建立重大行政决策目录管理制度。", TRUE },
  { NULL, "编制权责清单并向社会公布。", TRUE },
  { NULL, "完成现行规范性文件全面清理。", TRUE },
  { NULL, "推进执法记录仪配备，实现执法全过程记录全覆盖。", TRUE },
  { NULL, "建立行政执法与刑事司法衔接机制。", TRUE },
  { "建立行政执法公示制度", "加强执法信息公开。", TRUE },
  { "持续提升依法行政水平", "不断完善工作机制，努力推动法治化水平再上新台阶。", FALSE },
  { NULL, "进一步加强依法行政，持续提升干部法治意识。", FALSE },
  { "建立健全工作机制", "切实增强工作实效。", FALSE },
  { NULL, "建立健全法治宣传教育长效机制。", FALSE },
  { NULL, "依法制定规范性文件，严格落实备案审查制度。", FALSE },
  /* Asking for opinions drafts nothing. */
  { NULL, "做好规章草案起草、重大决策出台前的征求意见工作。", FALSE },
  { NULL, "制定优化营商环境的实施意见。", TRUE },
  { "深化法治宣传", "持续开展“谁执法谁普法”活动，切实增强法治宣传实效。", FALSE },
  { NULL, "积极营造浓厚法治氛围，认真做好普法工作，扎实提升服务能力。", FALSE },
};

START_TEST (test_measurable)
{
  g_autoptr (FazhiTarget) target =
    fill (measurable_cases[_i].heading, measurable_cases[_i].body, PLAN_YEAR);

  ck_assert_msg (fazhi_target_get_measurable (target) == measurable_cases[_i].measurable,
                 "%s%s should%s be measurable", measurable_cases[_i].heading ? measurable_cases[_i].heading : "",
                 measurable_cases[_i].body, measurable_cases[_i].measurable ? "" : " not");
}
END_TEST

/* The caller's fields ----------------------------------------------- */

START_TEST (test_caller_fields_kept)
{
  const char               *body = "由法规科负责，年底前每季度开展1次执法检查。";
  g_autoptr (GError)        error = NULL;
  g_autoptr (FazhiDocument) document = fazhi_document_new_from_text (body, -1, "item.txt", &error);
  g_autoptr (GPtrArray)     paragraphs = g_ptr_array_new_with_free_func ((GDestroyNotify) _fazhi_paragraph_free);
  g_autoptr (FazhiTarget)   target = fazhi_target_new ("原文");
  gsize                     norm_length;

  fazhi_assert_no_error (error);
  _fazhi_document_get_norm (document, &norm_length);
  _fazhi_document_collect_paragraphs (document, 0, norm_length, paragraphs);
  fazhi_target_set_heading (target, "标题");
  fazhi_target_set_line (target, 42);
  fazhi_target_set_area (target, "enforcement");
  fazhi_target_set_status (target, FAZHI_TARGET_STATUS_MET);

  _fazhi_fill_target (document, target, NULL, G_MAXSIZE, paragraphs, PLAN_YEAR);

  ck_assert_str_eq (fazhi_target_get_text (target), "原文");
  ck_assert_str_eq (fazhi_target_get_heading (target), "标题");
  ck_assert_uint_eq (fazhi_target_get_line (target), 42);
  ck_assert_str_eq (fazhi_target_get_area (target), "enforcement");
  ck_assert_int_eq (fazhi_target_get_status (target), FAZHI_TARGET_STATUS_MET);
  ck_assert_str_eq (fazhi_target_get_owner (target), "法规科");
  assert_quantity (target, 1, "次");
  assert_due (target, "2024-12-31");
}
END_TEST

/* A heading the caller made up (not in the document) is still read. */
START_TEST (test_heading_not_in_document)
{
  const char               *body = "加强执法人员培训。";
  g_autoptr (GError)        error = NULL;
  g_autoptr (FazhiDocument) document = fazhi_document_new_from_text (body, -1, "item.txt", &error);
  g_autoptr (GPtrArray)     paragraphs = g_ptr_array_new_with_free_func ((GDestroyNotify) _fazhi_paragraph_free);
  g_autoptr (FazhiTarget)   target = fazhi_target_new (body);
  gsize                     norm_length;

  fazhi_assert_no_error (error);
  _fazhi_document_get_norm (document, &norm_length);
  _fazhi_document_collect_paragraphs (document, 0, norm_length, paragraphs);

  _fazhi_fill_target (document, target, "由法规科牵头，年底前完成执法证件清理", G_MAXSIZE, paragraphs, PLAN_YEAR);

  ck_assert_str_eq (fazhi_target_get_owner (target), "法规科");
  assert_due (target, "2024-12-31");
  ck_assert (fazhi_target_get_measurable (target));
}
END_TEST

/* Plans items of a whole report -------------------------------------- */

typedef struct
{
  char      *heading;    /* normalised short heading, or NULL */
  GPtrArray *paragraphs; /* FazhiParagraph of the body */
  guint      line;
} Item;

typedef struct
{
  gsize    start; /* where the marker starts */
  gsize    text;  /* where the item's text starts */
  gboolean run_in;
} Marker;

static void
item_free (Item *item)
{
  g_free (item->heading);
  g_ptr_array_unref (item->paragraphs);
  g_free (item);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Item, item_free)

static gboolean
at (const char *text,
    gsize       length,
    gsize       pos,
    const char *word)
{
  gsize n = strlen (word);

  return pos + n <= length && memcmp (text + pos, word, n) == 0;
}

/* Bytes of Chinese numerals (一 … 十) at @pos. */
static gsize
cn_numerals (const char *text,
             gsize       length,
             gsize       pos)
{
  gsize start = pos;

  while (pos < length && g_utf8_strchr ("一二三四五六七八九十", -1, g_utf8_get_char (text + pos)) != NULL)
    pos = g_utf8_next_char (text + pos) - text;
  return pos - start;
}

/* A part heading: "四、…" at the start of a line. */
static gboolean
is_part_heading (const char *line,
                 gsize       length)
{
  gsize n = cn_numerals (line, length, 0);

  return n > 0 && at (line, length, n, "、");
}

/* The length of the item marker at @pos, or 0. Sub-headings ("(一)",
 * "1.", "1、") start a line; run-in markers ("①", "一是") follow the start
 * of a line or a stop. @run_in tells which. */
static gsize
item_marker (const char *text,
             gsize       length,
             gsize       pos,
             gboolean    line_start,
             gboolean   *run_in)
{
  gunichar c = g_utf8_get_char (text + pos);
  gunichar before = pos > 0 ? g_utf8_get_char (g_utf8_prev_char (text + pos)) : 0;
  gsize    n;

  if (line_start && text[pos] == '(' && (n = cn_numerals (text, length, pos + 1)) > 0 &&
      at (text, length, pos + 1 + n, ")"))
    {
      *run_in = FALSE;
      return n + 2;
    }
  if (line_start && g_ascii_isdigit (text[pos]))
    {
      for (n = pos; n < length && g_ascii_isdigit (text[n]); n++)
        ;
      if (at (text, length, n, ".") || at (text, length, n, "、"))
        {
          *run_in = FALSE;
          return n - pos + (text[n] == '.' ? 1 : strlen ("、"));
        }
    }
  if (c >= 0x2460 && c <= 0x2473) /* ① … ⑳ */
    {
      *run_in = TRUE;
      return g_utf8_next_char (text + pos) - (text + pos);
    }
  if ((line_start || g_utf8_strchr ("：。；", -1, before) != NULL) &&
      (n = cn_numerals (text, length, pos)) > 0 && at (text, length, pos + n, "是"))
    {
      *run_in = TRUE;
      return n + strlen ("是");
    }
  return 0;
}

/* Where the short heading of an item ends, as the reader cuts it: a
 * sub-heading at its first full stop, a run-in item at its first stop or
 * comma. @body is set to where the body starts. */
static gsize
heading_end (const char *text,
             gsize       start,
             gsize       end,
             gboolean    run_in,
             gsize      *body)
{
  static const char * const stops[] = { "。", "；", "：", "，", NULL };
  gsize                     best = end;

  for (guint i = 0; stops[i] != NULL && (run_in || i < 2); i++)
    {
      const char *found = g_strstr_len (text + start, end - start, stops[i]);

      if (found != NULL && (gsize) (found - text) < best)
        best = found - text;
    }
  *body = best < end ? best + strlen ("。") : end;
  return best;
}

/* The plans items of @document, in order. */
static GPtrArray *
find_plans_items (FazhiDocument *document)
{
  static const char * const plans_words[] = { "工作打算", "工作安排", "工作计划", "工作思路", "主要安排", NULL };
  g_autoptr (GPtrArray)     items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
  g_autoptr (GArray)        markers = g_array_new (FALSE, FALSE, sizeof (Marker));
  gsize                     norm_length;
  const char               *norm = _fazhi_document_get_norm (document, &norm_length);
  guint                     n_lines;
  const FazhiLine          *lines = _fazhi_document_get_lines (document, &n_lines);
  guint                     first = n_lines;
  gsize                     plans_end = norm_length;

  for (guint i = 0; i < n_lines; i++)
    {
      const char *line = norm + lines[i].norm_start;
      gsize       length = lines[i].norm_len;

      if (!is_part_heading (line, length))
        continue;
      if (first < n_lines)
        {
          plans_end = lines[i].norm_start;
          break;
        }
      for (guint w = 0; plans_words[w] != NULL; w++)
        if (g_strstr_len (line, length, plans_words[w]) != NULL)
          first = i;
    }
  ck_assert_msg (first < n_lines, "no plans part in %s", fazhi_document_get_name (document));

  for (guint i = first + 1; i < n_lines && lines[i].norm_start < plans_end; i++)
    {
      gsize line_end = lines[i].norm_start + lines[i].norm_len;

      for (gsize pos = lines[i].norm_start; pos < line_end; pos = g_utf8_next_char (norm + pos) - norm)
        {
          Marker marker = { pos, pos, FALSE };

          marker.text += item_marker (norm, line_end, pos, pos == lines[i].norm_start, &marker.run_in);
          if (marker.text > pos)
            g_array_append_val (markers, marker);
        }
    }

  for (guint k = 0; k < markers->len; k++)
    {
      const Marker    *marker = &g_array_index (markers, Marker, k);
      g_autoptr (Item) item = g_new0 (Item, 1);
      gsize            end, head_end, body;

      if (k + 1 < markers->len)
        end = g_array_index (markers, Marker, k + 1).start;
      else
        {
          /* The last item ends with its paragraph; the agency and date
           * that close the report follow it. */
          g_autoptr (GPtrArray) rest = g_ptr_array_new_with_free_func ((GDestroyNotify) _fazhi_paragraph_free);
          const FazhiParagraph *paragraph;

          _fazhi_document_collect_paragraphs (document, marker->text, plans_end, rest);
          ck_assert_uint_gt (rest->len, 0);
          paragraph = g_ptr_array_index (rest, 0);
          end = _fazhi_paragraph_to_norm (paragraph, paragraph->length);
        }

      head_end = heading_end (norm, marker->text, end, marker->run_in, &body);
      item->heading = head_end > marker->text ? g_strndup (norm + marker->text, head_end - marker->text) : NULL;
      item->paragraphs = g_ptr_array_new_with_free_func ((GDestroyNotify) _fazhi_paragraph_free);
      item->line = _fazhi_document_norm_to_line (document, marker->start);
      _fazhi_document_collect_paragraphs (document, body, end, item->paragraphs);
      g_ptr_array_add (items, g_steal_pointer (&item));
    }

  return g_steal_pointer (&items);
}

static FazhiTarget *
fill_item (FazhiDocument *document,
           const Item    *item,
           int            plan_year)
{
  FazhiTarget *target = fazhi_target_new (item->heading ? item->heading : "");

  _fazhi_fill_target (document, target, item->heading, G_MAXSIZE, item->paragraphs, plan_year);
  return target;
}

static const char *
period_name (FazhiPeriod period)
{
  switch (period)
    {
    case FAZHI_PERIOD_WEEK:
      return "week";
    case FAZHI_PERIOD_MONTH:
      return "month";
    case FAZHI_PERIOD_QUARTER:
      return "quarter";
    case FAZHI_PERIOD_HALF_YEAR:
      return "half-year";
    case FAZHI_PERIOD_YEAR:
      return "year";
    case FAZHI_PERIOD_NONE:
    default:
      return NULL;
    }
}

/* clang-format off */
enum { FIELD_QUANTITY, FIELD_UNIT, FIELD_PERIOD, FIELD_OWNER, FIELD_DUE, FIELD_MEASURABLE, N_FIELDS };
/* clang-format on */
static const char * const field_names[N_FIELDS] = { "quantity", "unit", "period", "owner", "due", "measurable" };

typedef struct
{
  guint    matched[N_FIELDS];
  guint    expected[N_FIELDS];
  GString *misses;
} Tally;

static void
tally (Tally      *t,
       guint       field,
       gboolean    ok,
       const char *fixture,
       guint       line,
       const char *got,
       const char *want)
{
  t->expected[field]++;
  if (ok)
    t->matched[field]++;
  else
    g_string_append_printf (t->misses, "\n  %s line %u: %s expected %s, got %s", fixture, line,
                            field_names[field], want ? want : "null", got ? got : "null");
}

/* Compares the keys the expectation has; keys left out are not checked. */
static void
compare_target (Tally       *t,
                const char  *fixture,
                guint        line,
                FazhiTarget *target,
                JsonObject  *expect)
{
  if (json_object_has_member (expect, "quantity"))
    {
      JsonNode        *node = json_object_get_member (expect, "quantity");
      g_autofree char *got = fazhi_target_get_has_quantity (target)
                               ? g_strdup_printf ("%g", fazhi_target_get_quantity (target))
                               : NULL;
      g_autofree char *want = JSON_NODE_HOLDS_NULL (node) ? NULL : g_strdup_printf ("%g", json_node_get_double (node));

      tally (t, FIELD_QUANTITY, g_strcmp0 (got, want) == 0, fixture, line, got, want);
    }
  if (json_object_has_member (expect, "unit"))
    {
      const char *want = json_object_get_string_member (expect, "unit");
      const char *got = fazhi_target_get_has_quantity (target) ? fazhi_target_get_unit (target) : NULL;

      tally (t, FIELD_UNIT, g_strcmp0 (got, want) == 0, fixture, line, got, want);
    }
  if (json_object_has_member (expect, "period"))
    {
      const char *want = json_object_get_string_member (expect, "period");
      const char *got = period_name (fazhi_target_get_period (target));

      tally (t, FIELD_PERIOD, g_strcmp0 (got, want) == 0, fixture, line, got, want);
    }
  if (json_object_has_member (expect, "owner"))
    {
      const char *want = json_object_get_string_member (expect, "owner");
      const char *got = fazhi_target_get_owner (target);

      tally (t, FIELD_OWNER, g_strcmp0 (got, want) == 0, fixture, line, got, want);
    }
  if (json_object_has_member (expect, "due"))
    {
      const char      *want = json_object_get_string_member (expect, "due");
      g_autofree char *got = dup_due (target);

      tally (t, FIELD_DUE, g_strcmp0 (got, want) == 0, fixture, line, got, want);
    }
  if (json_object_has_member (expect, "measurable"))
    {
      gboolean want = json_object_get_boolean_member (expect, "measurable");
      gboolean got = fazhi_target_get_measurable (target);

      tally (t, FIELD_MEASURABLE, got == want, fixture, line, got ? "true" : "false", want ? "true" : "false");
    }
}

static void
check_fixture (Tally      *t,
               const char *fixture)
{
  g_autofree char          *json_name = g_strconcat (fixture, ".expect.json", NULL);
  g_autofree char          *txt_name = g_strconcat (fixture, ".txt", NULL);
  g_autofree char          *json_path = fazhi_test_data_path ("reports", json_name, NULL);
  g_autofree char          *txt_path = fazhi_test_data_path ("reports", txt_name, NULL);
  g_autoptr (JsonParser)    parser = json_parser_new ();
  g_autoptr (GError)        error = NULL;
  g_autoptr (GBytes)        bytes = NULL;
  g_autoptr (FazhiDocument) document = NULL;
  g_autoptr (GPtrArray)     items = NULL;
  JsonObject               *expect;
  JsonArray                *targets;
  int                       plan_year;

  json_parser_load_from_file (parser, json_path, &error);
  fazhi_assert_no_error (error);
  expect = json_node_get_object (json_parser_get_root (parser));
  if (!json_object_has_member (expect, "targets"))
    return;

  targets = json_object_get_array_member (expect, "targets");
  plan_year = (int) json_object_get_int_member (expect, "year") + 1;

  bytes = fazhi_test_load_bytes (txt_path);
  document = fazhi_document_new_from_bytes (bytes, txt_name, &error);
  fazhi_assert_no_error (error);

  items = find_plans_items (document);
  ck_assert_msg (items->len == json_array_get_length (targets), "%s: %u plans items found, %u expected", fixture,
                 items->len, json_array_get_length (targets));

  for (guint i = 0; i < items->len; i++)
    {
      const Item             *item = g_ptr_array_index (items, i);
      g_autoptr (FazhiTarget) target = fill_item (document, item, plan_year);

      compare_target (t, fixture, item->line, target, json_array_get_object_element (targets, i));
    }
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

START_TEST (test_fixtures)
{
  g_autofree char      *dir_path = fazhi_test_data_path ("reports", NULL);
  g_autoptr (GError)    error = NULL;
  g_autoptr (GDir)      dir = g_dir_open (dir_path, 0, &error);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GString)   misses = g_string_new (NULL);
  Tally                 t = { { 0 }, { 0 }, misses };
  const char           *name;
  guint                 total = 0;

  fazhi_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".expect.json"))
      g_ptr_array_add (names, g_strndup (name, strlen (name) - strlen (".expect.json")));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    check_fixture (&t, g_ptr_array_index (names, i));

  /* TAP diagnostics: how much of the fixtures' expectations is met. */
  for (guint f = 0; f < N_FIELDS; f++)
    {
      printf ("# targets %s: %u/%u\n", field_names[f], t.matched[f], t.expected[f]);
      total += t.expected[f];
    }
  ck_assert_msg (total > 100, "too few target expectations found in %s", dir_path);
  ck_assert_msg (misses->len == 0, "target fields that differ from the fixtures:%s", misses->str);
}
END_TEST

/* The user's seed report: its plans items are the real thing. */
START_TEST (test_seed)
{
  g_autofree char          *path = fazhi_test_seed_path ();
  g_autoptr (GBytes)        bytes = NULL;
  g_autoptr (GError)        error = NULL;
  g_autoptr (FazhiDocument) document = NULL;
  g_autoptr (GPtrArray)     items = NULL;
  g_autoptr (FazhiTarget)   first = NULL;
  g_autoptr (FazhiTarget)   third = NULL;

  if (path == NULL)
    return;

  bytes = fazhi_test_load_bytes (path);
  document = fazhi_document_new_from_bytes (bytes, path, &error);
  fazhi_assert_no_error (error);
  items = find_plans_items (document);
  ck_assert_uint_eq (items->len, 4);

  /* (一) commits to at least two law-study sessions a year. */
  first = fill_item (document, g_ptr_array_index (items, 0), 2021);
  assert_quantity (first, 2, "次");
  ck_assert_int_eq (fazhi_target_get_period (first), FAZHI_PERIOD_YEAR);
  ck_assert (fazhi_target_get_measurable (first));

  /* (三) names the office in charge of cleaning up normative documents. */
  third = fill_item (document, g_ptr_array_index (items, 2), 2021);
  ck_assert_str_eq (fazhi_target_get_owner (third), "综合科");
}
END_TEST

static Suite *
targets_suite (void)
{
  Suite *suite = suite_create ("targets");
  TCase *tc;

  tc = tcase_create ("quantity");
  tcase_add_test (tc, test_quantity_at_least);
  tcase_add_test (tc, test_quantity_skips_the_past);
  tcase_add_test (tc, test_quantity_skips_earlier_years);
  tcase_add_test (tc, test_quantity_years_are_not_quantities);
  tcase_add_test (tc, test_quantity_period_wins);
  tcase_add_test (tc, test_quantity_area);
  tcase_add_test (tc, test_quantity_in_heading);
  tcase_add_test (tc, test_quantity_none);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("period");
  tcase_add_loop_test (tc, test_period, 0, G_N_ELEMENTS (period_cases));
  suite_add_tcase (suite, tc);

  tc = tcase_create ("owner");
  tcase_add_loop_test (tc, test_owner, 0, G_N_ELEMENTS (owner_cases));
  tcase_add_test (tc, test_owner_in_heading);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("due");
  tcase_add_loop_test (tc, test_due, 0, G_N_ELEMENTS (due_cases));
  suite_add_tcase (suite, tc);

  tc = tcase_create ("measurable");
  tcase_add_loop_test (tc, test_measurable, 0, G_N_ELEMENTS (measurable_cases));
  suite_add_tcase (suite, tc);

  tc = tcase_create ("item");
  tcase_add_test (tc, test_caller_fields_kept);
  tcase_add_test (tc, test_heading_not_in_document);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("reports");
  tcase_add_test (tc, test_fixtures);
  tcase_add_test (tc, test_seed);
  suite_add_tcase (suite, tc);

  return suite;
}

int
main (void)
{
  return fazhi_test_run (targets_suite ());
}
