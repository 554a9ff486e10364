/* test-figures.c: numbers, dates and the figures a report gives
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The numeral and date parsers are checked case by case; the figure
 * extractor on single sentences (each field of each figure, and text
 * that must give no figure at all) and on every fixture report against
 * the figures its expectations list, and on the user's seed report when
 * it is there.
 */

#include <math.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "fazhi.h"
#include "fazhi-evidence-private.h"

#include "fazhi-test.h"

/* Numbers ------------------------------------------------------------ */

typedef struct
{
  const char *text;
  gboolean    ok;
  double      value;
  gsize       consumed; /* in bytes */
  gboolean    chinese;
} NumberCase;

static const NumberCase number_cases[] = {
  { "0", TRUE, 0, 1, FALSE },
  { "7起", TRUE, 7, 1, FALSE },
  { "75.46亿元", TRUE, 75.46, 5, FALSE },
  { "1,286件", TRUE, 1286, 5, FALSE },
  { "12,345,678", TRUE, 12345678, 10, FALSE },
  { "1,2", TRUE, 1, 1, FALSE },         /* not grouping: a clause comma */
  { "1234,567", TRUE, 1234, 4, FALSE }, /* the first group is too long */
  { "1,2345", TRUE, 1, 1, FALSE },      /* the second group is too long */
  { "1.2万件", TRUE, 1.2, 3, FALSE },   /* 万 is left to the unit */
  { "3.", TRUE, 3, 1, FALSE },          /* "3." ends a heading number */
  { "2021.1.28", TRUE, 2021.1, 6, FALSE },
  { "两", TRUE, 2, 3, TRUE },
  { "十", TRUE, 10, 3, TRUE },
  { "十二", TRUE, 12, 6, TRUE },
  { "二十", TRUE, 20, 6, TRUE },
  { "二十五", TRUE, 25, 9, TRUE },
  { "一百零五", TRUE, 105, 12, TRUE },
  { "一百一十", TRUE, 110, 12, TRUE },
  { "三千二百", TRUE, 3200, 12, TRUE },
  { "一万二千", TRUE, 12000, 12, TRUE },
  { "两千三百万", TRUE, 23000000, 15, TRUE },
  { "一亿二千万", TRUE, 120000000, 15, TRUE },
  { "三万人", TRUE, 30000, 6, TRUE },
  { "二十多家", TRUE, 20, 6, TRUE },
  { "十余场", TRUE, 10, 3, TRUE },
  { "十九届", TRUE, 19, 6, TRUE },
  { "二〇二一年", TRUE, 2021, 12, TRUE },
  { "一九九八", TRUE, 1998, 12, TRUE },
  { "五六个", TRUE, 5, 3, TRUE }, /* "five or six": only 五 */
  { "三四十人", TRUE, 3, 3, TRUE },
  { "三百二千", TRUE, 300, 6, TRUE }, /* multipliers must fall */
  { "百姓", FALSE, 0, 0, FALSE },
  { "千方百计", FALSE, 0, 0, FALSE },
  { "万家", FALSE, 0, 0, FALSE },
  { "亿元", FALSE, 0, 0, FALSE },
  { "件", FALSE, 0, 0, FALSE },
  { "abc", FALSE, 0, 0, FALSE },
  { "", FALSE, 0, 0, FALSE },
};

START_TEST (test_parse_number)
{
  const NumberCase *c = &number_cases[_i];
  gsize             consumed = 99;
  double            value = -1;
  gboolean          chinese = 99;
  gboolean          ok = _fazhi_parse_number (c->text, strlen (c->text), &consumed, &value, &chinese);

  ck_assert_msg (ok == c->ok, "%s: parsed %d, expected %d", c->text, ok, c->ok);
  if (!ok)
    return;
  ck_assert_msg (fabs (value - c->value) < 1e-9, "%s: value %.17g, expected %g", c->text, value, c->value);
  ck_assert_msg (consumed == c->consumed, "%s: consumed %zu, expected %zu", c->text, consumed, c->consumed);
  ck_assert_msg (chinese == c->chinese, "%s: chinese %d", c->text, chinese);
}
END_TEST

START_TEST (test_parse_number_exact)
{
  gsize  consumed = 0;
  double value = 0;

  /* Decimal values come out as strtod reads them, not off by an ulp. */
  ck_assert (_fazhi_parse_number ("4163.5", 6, &consumed, &value, NULL));
  ck_assert (value == 4163.5);
  ck_assert (_fazhi_parse_number ("0.1", 3, &consumed, &value, NULL));
  ck_assert (value == 0.1);
  ck_assert (_fazhi_parse_number ("29.7", 4, &consumed, &value, NULL));
  ck_assert (value == 29.7);

  /* @length bounds the read. */
  ck_assert (_fazhi_parse_number ("1286", 2, &consumed, &value, NULL));
  ck_assert_uint_eq (consumed, 2);
  ck_assert (value == 12);
  ck_assert (!_fazhi_parse_number ("十二", 2, &consumed, &value, NULL));
  ck_assert (_fazhi_parse_number ("十二", 3, &consumed, &value, NULL));
  ck_assert (value == 10);

  /* The out arguments are optional. */
  ck_assert (_fazhi_parse_number ("3", 1, NULL, NULL, NULL));
}
END_TEST

/* Dates -------------------------------------------------------------- */

typedef struct
{
  const char *text;
  int         year; /* 0: no date */
  int         month;
  int         day;
  gsize       consumed;
} DateCase;

static const DateCase date_cases[] = {
  { "2021年1月28日", 2021, 1, 28, 16 },
  { "2021年01月08日印发", 2021, 1, 8, 17 },
  { "2021年1月28号", 2021, 1, 28, 16 },
  { "二〇二一年一月二十八日", 2021, 1, 28, 33 },
  { "二〇二〇年十二月三十一日", 2020, 12, 31, 36 },
  { "2021年十月一日", 2021, 10, 1, 19 },
  { "2021-01-28", 2021, 1, 28, 10 },
  { "2021.1.28", 2021, 1, 28, 9 },
  { "2021/1/28", 2021, 1, 28, 9 },
  { "2024年2月29日", 2024, 2, 29, 16 },
  { "2021年2月30日", 0, 0, 0, 0 },
  { "2023年2月29日", 0, 0, 0, 0 },
  { "2021年13月1日", 0, 0, 0, 0 },
  { "2021-1/28", 0, 0, 0, 0 },
  { "2021年1月", 0, 0, 0, 0 },
  { "2021年", 0, 0, 0, 0 },
  { "20210128", 0, 0, 0, 0 },
  { "21年1月28日", 0, 0, 0, 0 },
  { "二〇二一年", 0, 0, 0, 0 },
  { "一月二十八日", 0, 0, 0, 0 },
  { "12345", 0, 0, 0, 0 },
  { "", 0, 0, 0, 0 },
};

START_TEST (test_parse_date)
{
  const DateCase *c = &date_cases[_i];
  gsize           consumed = 0;
  GDate          *date = _fazhi_parse_date (c->text, strlen (c->text), &consumed);

  if (c->year == 0)
    {
      ck_assert_msg (date == NULL, "%s: unexpected date", c->text);
      return;
    }
  ck_assert_msg (date != NULL, "%s: no date", c->text);
  ck_assert_int_eq (g_date_get_year (date), c->year);
  ck_assert_int_eq (g_date_get_month (date), c->month);
  ck_assert_int_eq (g_date_get_day (date), c->day);
  ck_assert_msg (consumed == c->consumed, "%s: consumed %zu, expected %zu", c->text, consumed, c->consumed);
  g_date_free (date);
}
END_TEST

/* Figures in single sentences ---------------------------------------- */

static GPtrArray *
extract (const char *text)
{
  g_autoptr (GError)        error = NULL;
  g_autoptr (FazhiDocument) document = fazhi_document_new_from_text (text, -1, "case.txt", &error);
  g_autoptr (GPtrArray)     paragraphs = g_ptr_array_new_with_free_func ((GDestroyNotify) _fazhi_paragraph_free);
  GPtrArray                *figures = g_ptr_array_new_with_free_func (g_object_unref);
  gsize                     norm_length = 0;

  fazhi_assert_no_error (error);
  _fazhi_document_get_norm (document, &norm_length);
  _fazhi_document_collect_paragraphs (document, 0, norm_length, paragraphs);
  for (guint i = 0; i < paragraphs->len; i++)
    _fazhi_extract_figures (document, g_ptr_array_index (paragraphs, i), figures);
  return figures;
}

#define K(kind)      FAZHI_FIGURE_KIND_##kind
#define Q(qualifier) FAZHI_FIGURE_QUALIFIER_##qualifier

typedef struct
{
  const char          *sentence;
  guint                index;     /* of the figure in the sentence */
  guint                n_figures; /* how many the sentence has */
  double               value;
  const char          *unit;
  FazhiFigureKind      kind;
  FazhiFigureQualifier qualifier;
  const char          *subject; /* exact */
  const char          *text;
  guint                line;
} FigureCase;

static const FigureCase figure_cases[] = {
  /* Money, change and share in one sentence (the seed's wording). */
  { "全区全社会研发投入达到 75.46 亿元，较上年度提高 29.7%，占 GDP 比重达 4.08%。", 0, 3,
    75.46, "亿元", K (MONEY), Q (EXACT), "全区全社会研发投入", "75.46 亿元", 1 },
  { "全区全社会研发投入达到 75.46 亿元，较上年度提高 29.7%，占 GDP 比重达 4.08%。", 1, 3,
    29.7, "%", K (PERCENTAGE), Q (EXACT), "全区全社会研发投入", "29.7%", 1 },
  { "全区全社会研发投入达到 75.46 亿元，较上年度提高 29.7%，占 GDP 比重达 4.08%。", 2, 3,
    4.08, "%", K (PERCENTAGE), Q (EXACT), "占GDP比重", "4.08%", 1 },
  /* The subject before the number, links stripped. */
  { "罚款金额合计95.3万元。", 0, 1, 95.3, "万元", K (MONEY), Q (EXACT), "罚款金额", "95.3万元", 1 },
  { "全年开展河湖巡查1260次。", 0, 1, 1260, "次", K (COUNT), Q (EXACT), "河湖巡查", "1260次", 1 },
  { "检查市场主体2960户。", 0, 1, 2960, "户", K (COUNT), Q (EXACT), "市场主体", "2960户", 1 },
  { "全年水利投资完成12.6亿元。", 0, 1, 12.6, "亿元", K (MONEY), Q (EXACT), "水利投资", "12.6亿元", 1 },
  { "督察组交办的信访件1026件全部办结。", 0, 1, 1026, "件", K (COUNT), Q (EXACT), "信访件", "1026件", 1 },
  { "确定行政许可、行政处罚、行政检查等权责事项186项。", 0, 1,
    186, "项", K (COUNT), Q (EXACT), "权责事项", "186项", 1 },
  { "审批时限平均缩短40%。", 0, 1, 40, "%", K (PERCENTAGE), Q (EXACT), "审批时限", "40%", 1 },
  { "全年开展执法案卷评查3轮。", 0, 1, 3, "轮", K (COUNT), Q (EXACT), "执法案卷评查", "3轮", 1 },
  { "调处成功率88.9%。", 0, 1, 88.9, "%", K (PERCENTAGE), Q (EXACT), "调处成功率", "88.9%", 1 },
  { "全年立案查处违法违规建设行为63起。", 0, 1, 63, "起", K (COUNT), Q (EXACT), "违法违规建设行为", "63起", 1 },
  { "从人大代表、政协委员中聘请执法监督员15名。", 0, 1,
    15, "名", K (COUNT), Q (EXACT), "执法监督员", "15名", 1 },
  { "聘请法律顾问 2 名。", 0, 1, 2, "名", K (COUNT), Q (EXACT), "法律顾问", "2 名", 1 },
  /* The subject after the number. */
  { "为 35 家物流企业办理车辆年审便利。", 0, 1, 35, "家", K (COUNT), Q (EXACT), "物流企业", "35 家", 1 },
  { "派遣 42 名科技特派员开展科技服务。", 0, 1, 42, "名", K (COUNT), Q (EXACT), "科技特派员", "42 名", 1 },
  { "组织 120 名执法人员参加培训。", 0, 1, 120, "名", K (COUNT), Q (EXACT), "执法人员", "120 名", 1 },
  { "对辖区１２家重点企业开展合规指导。", 0, 1, 12, "家", K (COUNT), Q (EXACT), "重点企业", "１２家", 1 },
  { "全市38所中小学被评为示范校。", 0, 1, 38, "所", K (COUNT), Q (EXACT), "中小学", "38所", 1 },
  { "每季度组织开展1次“送法进村居”活动。", 0, 1,
    1, "次", K (COUNT), Q (EXACT), "“送法进村居”活动", "1次", 1 },
  /* A change takes the subject of the figure it changes. */
  { "全年新登记市场主体8426户，同比增长11.3%。", 1, 2,
    11.3, "%", K (PERCENTAGE), Q (EXACT), "新登记市场主体", "11.3%", 1 },
  { "出庭应诉率达到92.5%，较上年提高21.4个百分点。", 1, 2,
    21.4, "个百分点", K (PERCENTAGE), Q (EXACT), "出庭应诉率", "21.4个百分点", 1 },
  { "审批时限由法定60日压缩至20日，压缩66.7%。", 0, 1,
    66.7, "%", K (PERCENTAGE), Q (EXACT), "审批时限", "66.7%", 1 },
  { "无证培训机构由年初的126家下降至9家。", 1, 2, 9, "家", K (COUNT), Q (EXACT), "无证培训机构", "9家", 1 },
  { "新培育科技型企业 1005 家，总量达 2905 家。", 1, 2,
    2905, "家", K (COUNT), Q (EXACT), "新培育科技型企业总量", "2905 家", 1 },
  /* One figure per rate of "…、…均为". */
  { "办结率、满意率均为100%。", 0, 2, 100, "%", K (PERCENTAGE), Q (EXACT), "办结率", "100%", 1 },
  { "办结率、满意率均为100%。", 1, 2, 100, "%", K (PERCENTAGE), Q (EXACT), "满意率", "100%", 1 },
  { "全年共办理人大建议、政协提案共 11 件，会商率、满意率均为 100%。", 0, 3,
    11, "件", K (COUNT), Q (EXACT), "政协提案", "11 件", 1 },
  { "全年共办理人大建议、政协提案共 11 件，会商率、满意率均为 100%。", 2, 3,
    100, "%", K (PERCENTAGE), Q (EXACT), "满意率", "100%", 1 },
  /* Qualifiers. */
  { "每年组织开展2次以上法律法规教育学习。", 0, 1,
    2, "次", K (COUNT), Q (AT_LEAST), "法律法规教育学习", "2次", 1 },
  { "引进推广新技术 10 余项、新品种 20 余个。", 0, 2, 10, "项", K (COUNT), Q (AT_LEAST), "新技术", "10 余项", 1 },
  { "引进推广新技术 10 余项、新品种 20 余个。", 1, 2, 20, "个", K (COUNT), Q (AT_LEAST), "新品种", "20 余个", 1 },
  { "接券服务机构超 84 家。", 0, 1, 84, "家", K (COUNT), Q (AT_LEAST), "接券服务机构", "84 家", 1 },
  { "参演人员2600余人次。", 0, 1, 2600, "人次", K (COUNT), Q (AT_LEAST), "参演人员", "2600余人次", 1 },
  { "全市法律援助律师不少于30名。", 0, 1, 30, "名", K (COUNT), Q (AT_LEAST), "全市法律援助律师", "30名", 1 },
  { "城镇登记失业率控制在3.2%以内。", 0, 1, 3.2, "%", K (PERCENTAGE), Q (AT_MOST), "城镇登记失业率", "3.2%", 1 },
  { "企业开办时间不超过2个工作日。", 0, 1,
    2, "个工作日", K (COUNT), Q (AT_MOST), "企业开办时间", "2个工作日", 1 },
  { "参与群众约5200人。", 0, 1, 5200, "人", K (COUNT), Q (APPROXIMATE), "参与群众", "5200人", 1 },
  { "为企业节约时间成本3个月左右。", 0, 1, 3, "个月", K (COUNT), Q (APPROXIMATE), "企业节约时间成本", "3个月", 1 },
  { "惠及职工1.2万余人。", 0, 1, 1.2, "万人", K (COUNT), Q (AT_LEAST), "惠及职工", "1.2万余人", 1 },
  /* Chinese numerals. */
  { "开展普法活动十余场。", 0, 1, 10, "场", K (COUNT), Q (AT_LEAST), "普法活动", "十余场", 1 },
  { "组织全县行政执法人员资格考试两次。", 0, 1,
    2, "次", K (COUNT), Q (EXACT), "全县行政执法人员资格考试", "两次", 1 },
  { "培育二十多家企业。", 0, 1, 20, "家", K (COUNT), Q (AT_LEAST), "企业", "二十多家", 1 },
  { "办理一百零五件行政复议案件。", 0, 1, 105, "件", K (COUNT), Q (EXACT), "行政复议案件", "一百零五件", 1 },
  { "发放宣传资料三十余万份。", 0, 1, 30, "万份", K (COUNT), Q (AT_LEAST), "宣传资料", "三十余万份", 1 },
  { "群众满意度达到百分之九十五。", 0, 1, 95, "%", K (PERCENTAGE), Q (EXACT), "群众满意度", "百分之九十五", 1 },
  /* Units with 万 and 亿, areas, bare 万 for money. */
  { "受理群众诉求 1.52 万件。", 0, 1, 1.52, "万件", K (COUNT), Q (EXACT), "群众诉求", "1.52 万件", 1 },
  { "出动执法人员1.1万人次。", 0, 1, 1.1, "万人次", K (COUNT), Q (EXACT), "执法人员", "1.1万人次", 1 },
  { "惠及营运车辆 2 140 辆。", 0, 1, 2140, "辆", K (COUNT), Q (EXACT), "营运车辆", "2 140 辆", 1 },
  { "拆除违法建筑面积4.3万平方米，复耕土地326亩。", 0, 2,
    4.3, "万平方米", K (AREA), Q (EXACT), "违法建筑面积", "4.3万平方米", 1 },
  { "拆除违法建筑面积4.3万平方米，复耕土地326亩。", 1, 2, 326, "亩", K (AREA), Q (EXACT), "复耕土地", "326亩", 1 },
  { "投入资金 1723 万，实施项目 45 项。", 0, 2, 1723, "万", K (MONEY), Q (EXACT), "投入资金", "1723 万", 1 },
  { "挽回经济损失2.4亿美元。", 0, 1, 2.4, "亿美元", K (MONEY), Q (EXACT), "经济损失", "2.4亿美元", 1 },
  { "储备资金500千元。", 0, 1, 500, "千元", K (MONEY), Q (EXACT), "储备资金", "500千元", 1 },
  /* Ranks. */
  { "在全市营商环境评价中位列全市第二，较上年前移三位。", 0, 1,
    2, NULL, K (RANK), Q (EXACT), "全市营商环境评价", "全市第二", 1 },
  { "全县法治政府建设年度考评在全市排名第三。", 0, 1,
    3, NULL, K (RANK), Q (EXACT), "全县法治政府建设年度考评", "第三", 1 },
  { "在全市农业执法案卷评查中获得第一名。", 0, 1,
    1, NULL, K (RANK), Q (EXACT), "全市农业执法案卷评查", "第一名", 1 },
  { "全市区县科技竞争力排行中连续四年第一。", 0, 1,
    1, NULL, K (RANK), Q (EXACT), "全市区县科技竞争力排行", "第一", 1 },
  { "在全省技能竞赛中获得第3名。", 0, 1, 3, NULL, K (RANK), Q (EXACT), "全省技能竞赛", "第3名", 1 },
  { "在全市应急管理系统执法案卷评查中获评优秀案卷4卷，排名全市第一。", 1, 2,
    1, NULL, K (RANK), Q (EXACT), "全市应急管理系统执法案卷评查", "全市第一", 1 },
  /* Ratios: the first term, and ":" with the second as the unit. */
  { "全市师生比达到1:15。", 0, 1, 1, ":15", K (RATIO), Q (EXACT), "全市师生比", "1:15", 1 },
  { "市县两级资金配套比例为1∶3。", 0, 1, 1, ":3", K (RATIO), Q (EXACT), "市县两级资金配套比例", "1∶3", 1 },
  { "专职调解员与案件数之比达到1比50。", 0, 1,
    1, ":50", K (RATIO), Q (EXACT), "专职调解员与案件数之比", "1比50", 1 },
  /* A figure split by a page break: its line is where the number starts. */
  { "新培育国家高新技术企业 289 家，总量达\n\n690 家。", 1, 2,
    690, "家", K (COUNT), Q (EXACT), "新培育国家高新技术企业总量", "690 家", 3 },
  { "全年调处土地承包经营纠纷87\n件，调处成功率95.4%。", 0, 2,
    87, "件", K (COUNT), Q (EXACT), "土地承包经营纠纷", "87件", 1 },
  { "（四）坚持严格规范公正文明执法\n全年查处各类城市管理违法行为2863起。", 0, 1,
    2863, "起", K (COUNT), Q (EXACT), "各类城市管理违法行为", "2863起", 2 },
};

START_TEST (test_figure)
{
  const FigureCase     *c = &figure_cases[_i];
  g_autoptr (GPtrArray) figures = extract (c->sentence);
  FazhiFigure          *figure;

  ck_assert_msg (figures->len == c->n_figures, "%s: %u figures, expected %u", c->sentence, figures->len,
                 c->n_figures);
  figure = g_ptr_array_index (figures, c->index);
  ck_assert_msg (fabs (fazhi_figure_get_value (figure) - c->value) < 1e-9, "%s: value %g, expected %g",
                 c->sentence, fazhi_figure_get_value (figure), c->value);
  ck_assert_msg (g_strcmp0 (fazhi_figure_get_unit (figure), c->unit) == 0, "%s: unit %s, expected %s",
                 c->sentence, fazhi_figure_get_unit (figure), c->unit);
  ck_assert_msg (fazhi_figure_get_kind (figure) == c->kind, "%s: kind %d, expected %d", c->sentence,
                 fazhi_figure_get_kind (figure), c->kind);
  ck_assert_msg (fazhi_figure_get_qualifier (figure) == c->qualifier, "%s: qualifier %d, expected %d",
                 c->sentence, fazhi_figure_get_qualifier (figure), c->qualifier);
  ck_assert_msg (g_strcmp0 (fazhi_figure_get_subject (figure), c->subject) == 0, "%s: subject %s, expected %s",
                 c->sentence, fazhi_figure_get_subject (figure), c->subject);
  ck_assert_msg (g_strcmp0 (fazhi_figure_get_text (figure), c->text) == 0, "%s: text %s, expected %s",
                 c->sentence, fazhi_figure_get_text (figure), c->text);
  ck_assert_msg (fazhi_figure_get_line (figure) == c->line, "%s: line %u, expected %u", c->sentence,
                 fazhi_figure_get_line (figure), c->line);
}
END_TEST

/* Numbers that are no figures. */
static const char * const no_figure_cases[] = {
  "2020年12月，深入贯彻党的十九届五中全会和二中全会精神。",
  "二〇二一年一月二十八日",
  "2021年1月28日",
  "2021.1.28",
  "畅通12345政务服务热线和12315投诉举报平台，拨打12345。",
  "网站标识码：3309000012",
  "东岭ICP备10240512号-1",
  "学习《法治政府建设实施纲要（2015—2020年）》和《行政处罚法》第3条。",
  "推行“721”工作法。",
  "推行721工作法。",
  "开展“12.4宪法宣传周”和12.4宪法宣传周活动。",
  "落实“四个扎实”要求，推行“一企一策”。",
  "全面落实行政执法三项制度和中央八项规定，增强四个意识。",
  "一是统一思想，二是加强领导，三是狠抓落实。",
  "局党组书记认真履行第一责任人职责，第一时间处置，担任第一书记，一把手负总责。",
  "召开第一次会议，纳入第一批试点，第一季度完成，第一部分说明。",
  "组织开展第三届科普讲解大赛暨第七届市科普讲解大赛。",
  "配合完成中央第二轮生态环境保护督察。",
  "强化三公经费管理，推行双随机抽查，落实五不直接分管制度。",
  "这是一项重要工作，也是唯一的办法。",
  "发放N95口罩，建设5G基站和4A级景区。",
  "3月底前完成，年满18岁，评为3级，第2版。",
  "全省3个设区市进入全国前二十名",
  "千方百计为百姓办实事，民法典进万家，零容忍。",
  "（一）依法全面履行政府职能",
  "1.推进简政放权。",
  "获二等奖，三等奖名。",
  "上午9:30召开会议。",
  "发放稳岗返还资金XX万元，一次性扩岗补助***万元。",
  "5期间，3月间。",
};

START_TEST (test_no_figure)
{
  const char           *sentence = no_figure_cases[_i];
  g_autoptr (GPtrArray) figures = extract (sentence);
  g_autoptr (GString)   found = g_string_new (NULL);

  for (guint i = 0; i < figures->len; i++)
    g_string_append_printf (found, " %s", fazhi_figure_get_text (g_ptr_array_index (figures, i)));
  /* "全省3个设区市" is a count; only the rank-like 前二十名 must not be. */
  if (strstr (sentence, "设区市") != NULL)
    ck_assert_msg (figures->len == 1 && fazhi_figure_get_value (g_ptr_array_index (figures, 0)) == 3,
                   "%s: figures%s", sentence, found->str);
  else
    ck_assert_msg (figures->len == 0, "%s: unexpected figures%s", sentence, found->str);
}
END_TEST

START_TEST (test_figures_in_order)
{
  g_autoptr (GPtrArray) figures = extract ("全年查处违法案件412件，罚没款287.5万元，其中查处非法行医案件38件；"
                                           "举办培训班3期，培训执法人员420人次。");
  static const double   values[] = { 412, 287.5, 38, 3, 420 };

  ck_assert_uint_eq (figures->len, G_N_ELEMENTS (values));
  for (guint i = 0; i < figures->len; i++)
    ck_assert (fazhi_figure_get_value (g_ptr_array_index (figures, i)) == values[i]);
}
END_TEST

START_TEST (test_figures_append)
{
  g_autoptr (GError)        error = NULL;
  g_autoptr (FazhiDocument) document = fazhi_document_new_from_text ("受理投诉64件。\n查实29件。", -1, NULL, &error);
  g_autoptr (GPtrArray)     paragraphs = g_ptr_array_new_with_free_func ((GDestroyNotify) _fazhi_paragraph_free);
  g_autoptr (GPtrArray)     figures = g_ptr_array_new_with_free_func (g_object_unref);
  gsize                     norm_length = 0;

  fazhi_assert_no_error (error);
  _fazhi_document_get_norm (document, &norm_length);
  _fazhi_document_collect_paragraphs (document, 0, norm_length, paragraphs);
  ck_assert_uint_eq (paragraphs->len, 2);

  /* Figures already in the array are kept, and none of them is taken
   * for the subject of a new paragraph's figure. */
  _fazhi_extract_figures (document, g_ptr_array_index (paragraphs, 0), figures);
  _fazhi_extract_figures (document, g_ptr_array_index (paragraphs, 1), figures);
  ck_assert_uint_eq (figures->len, 2);
  ck_assert_str_eq (fazhi_figure_get_subject (g_ptr_array_index (figures, 0)), "受理投诉");
  ck_assert_uint_eq (fazhi_figure_get_line (g_ptr_array_index (figures, 1)), 2);
  ck_assert_str_eq (fazhi_figure_get_subject (g_ptr_array_index (figures, 1)), "查实");
}
END_TEST

/* Fixtures ----------------------------------------------------------- */

static GPtrArray *
extract_document (FazhiDocument *document)
{
  g_autoptr (GPtrArray) paragraphs = g_ptr_array_new_with_free_func ((GDestroyNotify) _fazhi_paragraph_free);
  GPtrArray            *figures = g_ptr_array_new_with_free_func (g_object_unref);
  gsize                 norm_length = 0;

  _fazhi_document_get_norm (document, &norm_length);
  _fazhi_document_collect_paragraphs (document, 0, norm_length, paragraphs);
  for (guint i = 0; i < paragraphs->len; i++)
    _fazhi_extract_figures (document, g_ptr_array_index (paragraphs, i), figures);
  return figures;
}

static FazhiDocument *
load_document (const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = fazhi_test_load_bytes (path);
  FazhiDocument     *document = fazhi_document_new_from_bytes (bytes, path, &error);

  fazhi_assert_no_error (error);
  return document;
}

static FazhiFigureKind
kind_from_nick (const char *nick)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (FAZHI_TYPE_FIGURE_KIND);
  GEnumValue            *value = g_enum_get_value_by_nick (klass, nick);

  ck_assert_msg (value != NULL, "unknown kind %s", nick);
  return value->value;
}

/* Whether @figures has one at @line with this value, unit, kind and a
 * subject that contains @subject. */
static gboolean
has_figure (GPtrArray      *figures,
            guint           line,
            double          value,
            const char     *unit,
            FazhiFigureKind kind,
            const char     *subject)
{
  for (guint i = 0; i < figures->len; i++)
    {
      FazhiFigure *figure = g_ptr_array_index (figures, i);
      const char  *found = fazhi_figure_get_subject (figure);

      if (fazhi_figure_get_line (figure) == line && fabs (fazhi_figure_get_value (figure) - value) < 1e-9 &&
          g_strcmp0 (fazhi_figure_get_unit (figure), unit) == 0 && fazhi_figure_get_kind (figure) == kind &&
          found != NULL && strstr (found, subject) != NULL)
        return TRUE;
    }
  return FALSE;
}

static char *
describe_line (GPtrArray *figures,
               guint      line)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < figures->len; i++)
    {
      FazhiFigure *figure = g_ptr_array_index (figures, i);

      if (fazhi_figure_get_line (figure) == line)
        g_string_append_printf (out, " [%g %s %s]", fazhi_figure_get_value (figure),
                                fazhi_figure_get_unit (figure), fazhi_figure_get_subject (figure));
    }
  return g_string_free (out, FALSE);
}

START_TEST (test_fixtures)
{
  g_autoptr (GError)  error = NULL;
  g_autofree char    *dir_path = fazhi_test_data_path ("reports", NULL);
  g_autoptr (GDir)    dir = g_dir_open (dir_path, 0, &error);
  const char         *name;
  guint               expected = 0;
  guint               found = 0;
  guint               extracted = 0;
  guint               reports = 0;
  g_autoptr (GString) misses = g_string_new (NULL);

  fazhi_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char          *expect_path = NULL;
      g_autofree char          *text_path = NULL;
      g_autofree char          *stem = NULL;
      g_autoptr (JsonParser)    parser = json_parser_new ();
      g_autoptr (FazhiDocument) document = NULL;
      g_autoptr (GPtrArray)     figures = NULL;
      JsonObject               *root;
      JsonArray                *wanted;

      if (!g_str_has_suffix (name, ".expect.json"))
        continue;
      stem = g_strndup (name, strlen (name) - strlen (".expect.json"));
      expect_path = g_build_filename (dir_path, name, NULL);
      text_path = g_strconcat (dir_path, G_DIR_SEPARATOR_S, stem, ".txt", NULL);

      json_parser_load_from_file (parser, expect_path, &error);
      fazhi_assert_no_error (error);
      document = load_document (text_path);
      figures = extract_document (document);
      extracted += figures->len;
      reports++;

      root = json_node_get_object (json_parser_get_root (parser));
      if (!json_object_has_member (root, "figures"))
        continue;
      wanted = json_object_get_array_member (root, "figures");
      for (guint i = 0; i < json_array_get_length (wanted); i++)
        {
          JsonObject     *want = json_array_get_object_element (wanted, i);
          guint           line = json_object_get_int_member (want, "line");
          const char     *unit = json_object_get_null_member (want, "unit") ? NULL : json_object_get_string_member (want, "unit");
          double          value = json_object_get_double_member (want, "value");
          const char     *subject = json_object_get_string_member (want, "subject");
          FazhiFigureKind kind = kind_from_nick (json_object_get_string_member (want, "kind"));

          expected++;
          if (has_figure (figures, line, value, unit, kind, subject))
            found++;
          else
            {
              g_autofree char *got = describe_line (figures, line);

              g_string_append_printf (misses, "\n%s: no figure %g %s (%s) at line %u; line has:%s", stem, value,
                                      unit, subject, line, got);
            }
        }
    }

  /* The total extracted shows false positives at a glance. */
  g_print ("# figures: %u/%u expected found, %u extracted from %u fixture texts\n", found, expected, extracted,
           reports);
  ck_assert_uint_gt (expected, 100);
  ck_assert_msg (found == expected, "%u of %u expected figures missed:%s", expected - found, expected, misses->str);
}
END_TEST

START_TEST (test_fixture_encodings_agree)
{
  /* gb18030.txt and utf16.txt decode to text whose figures carry lines
   * and original text like any UTF-8 report. */
  g_autofree char          *gb_path = fazhi_test_data_path ("reports", "gb18030.txt", NULL);
  g_autofree char          *utf16_path = fazhi_test_data_path ("reports", "utf16.txt", NULL);
  g_autoptr (FazhiDocument) gb = load_document (gb_path);
  g_autoptr (FazhiDocument) utf16 = load_document (utf16_path);
  g_autoptr (GPtrArray)     gb_figures = extract_document (gb);
  g_autoptr (GPtrArray)     utf16_figures = extract_document (utf16);

  ck_assert (has_figure (gb_figures, 39, 1200, "平方米", FAZHI_FIGURE_KIND_AREA, "库房面积"));
  ck_assert (has_figure (utf16_figures, 47, 4.37, "万人", FAZHI_FIGURE_KIND_COUNT, "线上报名学生"));
  for (guint i = 0; i < gb_figures->len; i++)
    ck_assert (g_utf8_validate (fazhi_figure_get_text (g_ptr_array_index (gb_figures, i)), -1, NULL));
}
END_TEST

START_TEST (test_seed)
{
  g_autofree char          *path = fazhi_test_seed_path ();
  g_autoptr (FazhiDocument) document = NULL;
  g_autoptr (GPtrArray)     figures = NULL;
  guint                     rates = 0;

  if (path == NULL)
    return; /* the seed is not part of the repository */

  document = load_document (path);
  figures = extract_document (document);

  ck_assert (has_figure (figures, 17, 75.46, "亿元", FAZHI_FIGURE_KIND_MONEY, "研发投入"));
  ck_assert (has_figure (figures, 17, 29.7, "%", FAZHI_FIGURE_KIND_PERCENTAGE, "研发投入"));
  ck_assert (has_figure (figures, 17, 4.08, "%", FAZHI_FIGURE_KIND_PERCENTAGE, "比重"));
  ck_assert (has_figure (figures, 17, 1005, "家", FAZHI_FIGURE_KIND_COUNT, "科技型企业"));
  ck_assert (has_figure (figures, 17, 2905, "家", FAZHI_FIGURE_KIND_COUNT, "科技型企业"));
  ck_assert (has_figure (figures, 19, 690, "家", FAZHI_FIGURE_KIND_COUNT, "国家高新技术企业"));
  ck_assert (has_figure (figures, 41, 100, "%", FAZHI_FIGURE_KIND_PERCENTAGE, "会商率"));
  ck_assert (has_figure (figures, 41, 100, "%", FAZHI_FIGURE_KIND_PERCENTAGE, "满意率"));
  ck_assert (has_figure (figures, 17, 1, NULL, FAZHI_FIGURE_KIND_RANK, "科技竞争力"));

  for (guint i = 0; i < figures->len; i++)
    {
      FazhiFigure *figure = g_ptr_array_index (figures, i);

      if (fazhi_figure_get_line (figure) == 41 && fazhi_figure_get_value (figure) == 100)
        rates++;
      /* Nothing from the dates, the 十九届 sessions, the quoted slogans or 第一责任人. */
      ck_assert_msg (fazhi_figure_get_line (figure) != 13 && fazhi_figure_get_line (figure) != 59 &&
                       fazhi_figure_get_line (figure) != 61 && fazhi_figure_get_line (figure) != 75,
                     "unexpected figure %s at line %u", fazhi_figure_get_text (figure),
                     fazhi_figure_get_line (figure));
    }
  ck_assert_uint_eq (rates, 2);
}
END_TEST

static Suite *
figures_suite (void)
{
  Suite *suite = suite_create ("figures");
  TCase *numerals = tcase_create ("numerals");
  TCase *sentences = tcase_create ("sentences");
  TCase *reports = tcase_create ("reports");

  tcase_add_loop_test (numerals, test_parse_number, 0, G_N_ELEMENTS (number_cases));
  tcase_add_test (numerals, test_parse_number_exact);
  tcase_add_loop_test (numerals, test_parse_date, 0, G_N_ELEMENTS (date_cases));
  suite_add_tcase (suite, numerals);

  tcase_add_loop_test (sentences, test_figure, 0, G_N_ELEMENTS (figure_cases));
  tcase_add_loop_test (sentences, test_no_figure, 0, G_N_ELEMENTS (no_figure_cases));
  tcase_add_test (sentences, test_figures_in_order);
  tcase_add_test (sentences, test_figures_append);
  suite_add_tcase (suite, sentences);

  tcase_add_test (reports, test_fixtures);
  tcase_add_test (reports, test_fixture_encodings_agree);
  tcase_add_test (reports, test_seed);
  tcase_set_timeout (reports, 120);
  suite_add_tcase (suite, reports);

  return suite;
}

int
main (void)
{
  return fazhi_test_run (figures_suite ());
}
