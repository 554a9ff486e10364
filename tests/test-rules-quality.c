/* test-rules-quality.c: mistakes in the text itself
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The quality rules (missing-quantity, repeated-text, placeholder-text,
 * implausible-figure, truncated-text) are checked through the public API:
 * small reports built around the sentence under test, where each rule
 * must fire on its slip and stay silent on the real-looking sentence next
 * to it; the fixtures' planted flaws; the seed report when it is there;
 * and silence on every well-formed fixture.
 */

#include <string.h>

#include "fazhi.h"

#include "fazhi-test.h"

static const char * const quality_rules[] = {
  "missing-quantity",
  "repeated-text",
  "placeholder-text",
  "implausible-figure",
  "truncated-text",
};

/* A complete, well-formed report with two measures sections whose bodies
 * are @first (line FIRST_LINE) and @second (line SECOND_LINE); the
 * signature closes it. */
#define FIRST_LINE  11
#define SECOND_LINE 15

static char *
make_report_text (const char *first,
                  const char *second)
{
  return g_strdup_printf (
    "江川市临河区文化和旅游局关于2021年度法治政府建设情况的报告\n"
    "\n"
    "区人民政府：\n"
    "\n"
    "2021年，我局在区委、区政府的领导下，扎实推进文化和旅游领域法治政府建设。现将有关情况报告如下：\n"
    "\n"
    "一、2021年法治政府建设主要举措和成效\n"
    "\n"
    "（一）健全政府机构职能体系\n"
    "\n"
    "%s\n" /* line 11 */
    "\n"
    "（二）健全行政执法工作体系\n"
    "\n"
    "%s\n" /* line 15 */
    "\n"
    "二、党政主要负责人履行推进法治建设第一责任人职责情况\n"
    "\n"
    "局主要负责人带头尊法学法守法用法，对法治建设重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办。\n"
    "\n"
    "三、存在的不足和原因\n"
    "\n"
    "（一）执法人员专业能力不足。部分执法人员对新修订的法律法规掌握不够。\n"
    "\n"
    "四、2022年工作安排\n"
    "\n"
    "（一）提升执法人员专业能力。由法制科负责，每季度组织1次执法业务培训。\n"
    "\n"
    "江川市临河区文化和旅游局\n"
    "\n"
    "2022年1月20日\n",
    first, second);
}

/* What the second slot holds when a test needs only the first. */
#define PLAIN_SECOND "全年开展文化市场执法检查312次，出动执法人员1460人次，办理行政处罚案件27件。"

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

static FazhiReport *
read_fixture (const char *dir,
              const char *name)
{
  g_autoptr (FazhiReader) reader = fazhi_reader_new ();
  g_autoptr (GError)      error = NULL;
  g_autofree char        *path = fazhi_test_data_path (dir, name, NULL);
  FazhiReport            *report = fazhi_reader_read_path (reader, path, NULL, &error);

  fazhi_assert_no_error (error);
  ck_assert_ptr_nonnull (report);
  return report;
}

static FazhiCheckResult *
check_report (FazhiReport *report)
{
  g_autoptr (FazhiChecker) checker = fazhi_checker_new (NULL);
  FazhiCheckResult        *result = fazhi_checker_check (checker, report, NULL);

  ck_assert_ptr_nonnull (result);
  return result;
}

/* The findings of one rule for a report made of two bodies. */
static GListModel *
findings_for (const char *rule,
              const char *first,
              const char *second)
{
  g_autofree char             *text = make_report_text (first, second);
  g_autoptr (FazhiReport)      report = read_text (text);
  g_autoptr (FazhiCheckResult) result = check_report (report);

  return fazhi_check_result_dup_findings_for_rule (result, rule);
}

static char *
describe (GListModel *findings)
{
  g_autoptr (GString) out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr (FazhiFinding) finding = g_list_model_get_item (findings, i);

      g_string_append_printf (out, "\n  %s line %u: %s", fazhi_finding_get_rule (finding),
                              fazhi_finding_get_line (finding), fazhi_finding_get_message (finding));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
assert_silent (const char *rule,
               const char *first,
               const char *second)
{
  g_autoptr (GListModel) findings = findings_for (rule, first, second);
  g_autofree char       *found = describe (findings);

  ck_assert_msg (g_list_model_get_n_items (findings) == 0, "%s fired on\n  %s\n  %s%s", rule, first,
                 second ? second : "", found);
}

/* Exactly one finding of @rule, at @line, whose message quotes @quote. */
static void
assert_one (const char *rule,
            const char *first,
            const char *second,
            guint       line,
            const char *quote)
{
  g_autoptr (GListModel)   findings = findings_for (rule, first, second);
  g_autofree char         *found = describe (findings);
  g_autoptr (FazhiFinding) finding = NULL;

  ck_assert_msg (g_list_model_get_n_items (findings) == 1, "%s: expected one finding for\n  %s\n  %s\ngot:%s",
                 rule, first, second ? second : "", found);
  finding = g_list_model_get_item (findings, 0);
  ck_assert_uint_eq (fazhi_finding_get_line (finding), line);
  ck_assert_int_eq (fazhi_finding_get_severity (finding), FAZHI_SEVERITY_WARNING);
  if (quote != NULL)
    ck_assert_msg (strstr (fazhi_finding_get_message (finding), quote) != NULL, "“%s” not quoted in %s", quote,
                   fazhi_finding_get_message (finding));
}

static gboolean
finding_has_lines (FazhiFinding *finding,
                   guint         a,
                   guint         b)
{
  guint        n;
  const guint *lines = fazhi_finding_get_lines (finding, &n);
  gboolean     has_a = FALSE, has_b = FALSE;

  for (guint i = 0; i < n; i++)
    {
      has_a |= lines[i] == a;
      has_b |= lines[i] == b;
    }
  return n == 2 && has_a && has_b;
}

static guint
count_quality_findings (FazhiCheckResult *result,
                        GString          *out)
{
  guint total = 0;

  for (guint r = 0; r < G_N_ELEMENTS (quality_rules); r++)
    {
      g_autoptr (GListModel) findings = fazhi_check_result_dup_findings_for_rule (result, quality_rules[r]);
      g_autofree char       *found = describe (findings);

      total += g_list_model_get_n_items (findings);
      g_string_append (out, found);
    }
  return total;
}

/* ------------------------------------------------------------------ */
/* The rules are there                                                 */
/* ------------------------------------------------------------------ */

START_TEST (test_registered)
{
  g_autoptr (FazhiChecker) checker = fazhi_checker_new (NULL);

  for (guint r = 0; r < G_N_ELEMENTS (quality_rules); r++)
    {
      FazhiRule *rule = fazhi_checker_lookup_rule (checker, quality_rules[r]);

      ck_assert_msg (rule != NULL, "no rule %s", quality_rules[r]);
      ck_assert_str_eq (fazhi_rule_get_family (rule), "quality");
      ck_assert_int_eq (fazhi_rule_get_severity (rule), FAZHI_SEVERITY_WARNING);
      ck_assert_str_ne (fazhi_rule_get_summary (rule), "");
    }
}
END_TEST

/* ------------------------------------------------------------------ */
/* missing-quantity                                                    */
/* ------------------------------------------------------------------ */

START_TEST (test_missing_quantity_prize_list)
{
  assert_one ("missing-quantity", "组织参加全市文化市场执法技能竞赛，获一等奖1名、二等奖名、三等奖2名。", PLAIN_SECOND,
              FIRST_LINE, "二等奖名");
  assert_one ("missing-quantity", "组织参加全市导游大赛，获二等奖 2 名，三等奖名，优秀奖 1 名，获奖成绩优异。", PLAIN_SECOND,
              FIRST_LINE, "三等奖名");
}
END_TEST

START_TEST (test_missing_quantity_repeated_measure)
{
  assert_one ("missing-quantity", PLAIN_SECOND, "开展行政执法案卷评查，评出优秀案卷8卷、良好案卷卷。", SECOND_LINE,
              "良好案卷卷");
}
END_TEST

START_TEST (test_missing_quantity_two_units)
{
  /* 人次 is matched whole, not as 次. */
  assert_one ("missing-quantity", "举办非遗传承人培训班3期，培训学员260人次、志愿者人次。", PLAIN_SECOND, FIRST_LINE,
              "志愿者人次");
}
END_TEST

static const char * const quantity_negatives[] = {
  /* measure characters inside words */
  "新登记个体工商户1320户，各项登记业务均实现网上办理。",
  "梳理公布权力清单事项215项，对照清单逐项明确责任科室和办理时限。",
  "规范演出经纪机构名称38个，统一公布机构名称和单位名。",
  "实施文化惠民项目12个，重点项目全部按期完成。",
  "审核旅游企业名称变更事项23件，均依法办结。",
  /* a measure word after a determiner or a quantity word */
  "全年办理行政许可326件，每件许可均在承诺时限内办结。",
  "组织执法培训3期，这期培训覆盖全体执法人员。",
  "开展送戏下乡演出120场，惠及群众3.6万人次，其中专场",
  "聘请法律顾问2名，参与处理重大疑难案件十余件。",
  /* a word ending in a measure character, not parallel to the count */
  "约谈文化市场经营单位负责人18人，依法告知当事人。",
  "查处无证经营案件12件，涉及经营户数户。",
  "评选优秀导游20名，其中5名获得省级表彰。",
  "处理违纪违规人员5人、约谈当事人，并通报全系统。",
  "审查规范性文件12件、其他文件，均出具审查意见。",
};

START_TEST (test_missing_quantity_negatives)
{
  assert_silent ("missing-quantity", quantity_negatives[_i], PLAIN_SECOND);
}
END_TEST

/* ------------------------------------------------------------------ */
/* repeated-text                                                       */
/* ------------------------------------------------------------------ */

START_TEST (test_repeated_text_near_copy)
{
  g_autoptr (GListModel) findings =
    findings_for ("repeated-text",
                  "建立文化市场社会监督员制度，从人大代表、政协委员和社区居民中聘请社会监督员15名，全年开展明察暗访6次。",
                  "从人大代表、政协委员和社区居民中聘请文化市场社会监督员12名，全年开展明察暗访6次，督促整改问题23个。");
  g_autoptr (FazhiFinding) finding = NULL;

  ck_assert_uint_eq (g_list_model_get_n_items (findings), 1);
  finding = g_list_model_get_item (findings, 0);
  /* At the later place, naming both. */
  ck_assert_uint_eq (fazhi_finding_get_line (finding), SECOND_LINE);
  ck_assert (finding_has_lines (finding, FIRST_LINE, SECOND_LINE));
  ck_assert (strstr (fazhi_finding_get_message (finding), "健全政府机构职能体系") != NULL);
}
END_TEST

START_TEST (test_repeated_text_one_per_pair)
{
  /* Two copied sentences between the same two sections: one finding. */
  g_autoptr (GListModel) findings =
    findings_for ("repeated-text",
                  "严格落实政务公开制度，制定局政务公开实施方案和工作要点，认真编制公开目录和流程图。"
                  "制定了覆盖全体班子成员、科室、下属单位的廉政风险防控措施，将内部审计常态化。",
                  "制定了覆盖全体班子成员、科室、下属单位等关键岗位的廉政风险防控措施，加强日常教育，将内部审计常态化。"
                  "严格落实政务公开，制定局党务、政务公开实施方案和工作要点，认真编制公开目录和流程图。");

  ck_assert_uint_eq (g_list_model_get_n_items (findings), 1);
}
END_TEST

static const char * const repeated_negatives[][2] = {
  /* stock phrases recur legitimately */
  { "坚持以习近平新时代中国特色社会主义思想为指导，全面梳理文化市场行政许可事项，公布许可事项清单。",
    "坚持以习近平新时代中国特色社会主义思想为指导，严格规范旅游市场执法行为，全年未发生执法过错。" },
  /* the same body, the same words for different things */
  { "局党组理论学习中心组专题学法4次，局长办公会议会前学法6次，学习宪法和文化市场管理法规。",
    "执法人员参加局党组理论学习中心组学法和执法业务培训，全年培训执法人员126人次，考试合格率100%。" },
  /* the same kind of sentence with other facts */
  { "全年办理行政许可事项326件，均在法定时限内办结，群众满意率99.2%。",
    "全年办理行政处罚案件27件，均在法定时限内办结，罚没款合计18.6万元。" },
  /* standard wording of the law */
  { "对照职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信的要求，全面梳理行政许可事项。",
    "对照职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信的要求，严格规范执法行为。" },
  { "全面落实行政执法公示、执法全过程记录、重大执法决定法制审核制度，规范文化市场执法。",
    "严格落实行政执法公示、执法全过程记录、重大执法决定法制审核制度，全年未发生执法过错。" },
  /* short sentences never count */
  { "严格执法。全面推行行政执法三项制度。", "严格执法。全面推行行政执法三项制度。" },
};

START_TEST (test_repeated_text_negatives)
{
  assert_silent ("repeated-text", repeated_negatives[_i][0], repeated_negatives[_i][1]);
}
END_TEST

START_TEST (test_repeated_text_same_section)
{
  /* A passage said twice under one heading is not "under two sections". */
  assert_silent ("repeated-text",
                 "从人大代表、政协委员和社区居民中聘请社会监督员15名，全年开展明察暗访6次。\n\n"
                 "从人大代表、政协委员和社区居民中聘请社会监督员15名，全年开展明察暗访6次。",
                 PLAIN_SECOND);
}
END_TEST

/* ------------------------------------------------------------------ */
/* placeholder-text                                                    */
/* ------------------------------------------------------------------ */

static const struct
{
  const char *text;
  const char *quote;
} placeholder_cases[] = {
  { "法治建设工作由XX科具体负责，全年组织执法培训____次。", "由XX科具体负责" },
  { "为***家企业发放纾困资金。", "***" },
  { "为＊＊＊家企业发放纾困资金。", "＊＊＊" },
  { "全年争取上级资金ＸＸ万元。", "ＸＸ万元" },
  { "于X月X日召开局党组会议专题研究法治建设。", "X月X日" },
  { "配合××单位开展联合执法检查。", "××单位" },
  { "聘请某某律师事务所担任常年法律顾问。", "某某律师" },
  { "全年组织执法培训＿＿次，参训人员全覆盖。", "＿＿次" },
  { "全年办理行政许可【】件，均按时办结。", "【】" },
  { "全年办理行政许可[ ]件，均按时办结。", "[ ]" },
  { "全年开展执法检查（此处填写次数）次，实现全覆盖。", "（此处填写次数）" },
  { "由○○科负责文化市场日常巡查。", "○○科" },
};

START_TEST (test_placeholder_text)
{
  assert_one ("placeholder-text", placeholder_cases[_i].text, PLAIN_SECOND, FIRST_LINE, placeholder_cases[_i].quote);
}
END_TEST

START_TEST (test_placeholder_text_per_line)
{
  g_autoptr (GListModel) findings =
    findings_for ("placeholder-text", "由XX科牵头，为***家企业发放纾困资金XX万元。", "全年组织执法培训____次。");
  g_autoptr (FazhiFinding) first = NULL;
  g_autoptr (FazhiFinding) second = NULL;

  /* One finding per line, listing what it holds. */
  ck_assert_uint_eq (g_list_model_get_n_items (findings), 2);
  first = g_list_model_get_item (findings, 0);
  second = g_list_model_get_item (findings, 1);
  ck_assert_uint_eq (fazhi_finding_get_line (first), FIRST_LINE);
  ck_assert_uint_eq (fazhi_finding_get_line (second), SECOND_LINE);
  ck_assert (strstr (fazhi_finding_get_message (first), "XX科") != NULL);
  ck_assert (strstr (fazhi_finding_get_message (first), "***") != NULL);
}
END_TEST

START_TEST (test_placeholder_text_heading_and_title)
{
  g_autofree char             *base = make_report_text (PLAIN_SECOND, PLAIN_SECOND);
  g_autoptr (GString)          text = g_string_new (base);
  g_autoptr (FazhiReport)      report = NULL;
  g_autoptr (FazhiCheckResult) result = NULL;
  g_autoptr (GListModel)       findings = NULL;
  g_autofree char             *found = NULL;
  gboolean                     title = FALSE, heading = FALSE;

  g_string_replace (text, "江川市临河区文化和旅游局关于", "XX区文化和旅游局关于", 1);
  g_string_replace (text, "四、2022年工作安排", "四、____年工作安排", 1);
  report = read_text (text->str);
  result = check_report (report);
  findings = fazhi_check_result_dup_findings_for_rule (result, "placeholder-text");
  found = describe (findings);

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr (FazhiFinding) finding = g_list_model_get_item (findings, i);

      title |= fazhi_finding_get_line (finding) == 1;
      heading |= fazhi_finding_get_line (finding) == 25;
    }
  ck_assert_msg (title && heading && g_list_model_get_n_items (findings) == 2, "got:%s", found);
}
END_TEST

static const char * const placeholder_negatives[] = {
  "积极对接OTC市场等机构，推行XML格式电子证照，政务服务实行7×24小时在线办理。",
  "依法查处王某某无证经营网吧案，没收违法所得1.2万元。",
  "为文化场馆配备X光安检机2台，实行“1+X”证书制度。",
  "建设面积为30×20米的非遗展示厅，二〇二一年底前投入使用。",
  "办理Windows系统正版化检查，实现全局计算机正版软件全覆盖。",
  "对某演出场所未经批准擅自从事营业性演出的行为依法立案查处。",
  "二○○八年建成的文化馆于二○二一年完成改造。",
};

START_TEST (test_placeholder_text_negatives)
{
  assert_silent ("placeholder-text", placeholder_negatives[_i], PLAIN_SECOND);
}
END_TEST

/* ------------------------------------------------------------------ */
/* implausible-figure                                                  */
/* ------------------------------------------------------------------ */

static const struct
{
  const char *text;
  const char *quote;
} implausible_cases[] = {
  { "全区文化和旅游政务服务事项网上可办率达到105%，群众满意度明显提升。", "网上可办率达到105%" },
  { "新增规模以上文化企业56家，总量达到48家。", "总量达到48家" },
  { "全年受理文化市场投诉举报86件，其中已办结60件、正在办理30件，办结率69.8%。", "86件" },
  { "全年争取文化产业扶持资金1.2亿元，其中中央资金8000万元、省级资金6000万元。", "1.2亿元" },
};

START_TEST (test_implausible_figure)
{
  assert_one ("implausible-figure", implausible_cases[_i].text, PLAIN_SECOND, FIRST_LINE,
              implausible_cases[_i].quote);
}
END_TEST

static const char * const implausible_negatives[] = {
  /* changes may pass 100% */
  "全年接待游客同比增长150%，旅游收入较上年提高112.4%。",
  "文化产业增加值增长率达到120%，超额完成年度目标。",
  "年度重点任务完成率112%，超额完成目标任务。",
  "全年完成年度目标任务的130%。",
  /* rates up to 100% */
  "行政复议案件办结率、满意率均为100%，占比达到35%。",
  /* a total above what is new */
  "新增A级旅游景区2家，全区A级旅游景区总数达到15家，其中4A级景区3家。",
  "新培育文化科技企业1005家，总量达2905家，总量全市第一。",
  /* a total of something else */
  "新增城镇就业12000人，累计帮助困难人员就业3000人。",
  /* parts within their whole */
  "新登记市场主体10185户，其中新设企业2746户。",
  "受理投诉86件，其中办结80件（含当场办结50件），另转办其他部门30件。",
  "总量达22家（含孵化器），其中国家级平台6家（含国家级孵化器2家），市级平台8家，众创空间总面积6.75万平方米（共入驻企业617家）。",
  "全年查处违法行为2863起，其中立案查处违法建设案件178件、拆除违法建筑4.3万平方米。",
};

START_TEST (test_implausible_figure_negatives)
{
  assert_silent ("implausible-figure", implausible_negatives[_i], PLAIN_SECOND);
}
END_TEST

/* ------------------------------------------------------------------ */
/* truncated-text                                                      */
/* ------------------------------------------------------------------ */

START_TEST (test_truncated_text_paragraph)
{
  assert_one ("truncated-text", "全年收到行政复议申请72件，受理65件，审结61件，其中", PLAIN_SECOND, FIRST_LINE, "其中");
}
END_TEST

START_TEST (test_truncated_text_run_in)
{
  assert_one ("truncated-text", "举办执法业务培训班5期，培训执法人员680人次。一是抓好新录用执法人员岗前培训，二是加强",
              PLAIN_SECOND, FIRST_LINE, "加强");
}
END_TEST

START_TEST (test_truncated_text_last_section)
{
  assert_one ("truncated-text", PLAIN_SECOND, "全年开展文化市场执法检查312次，对检查中发现的问题，依法督促", SECOND_LINE,
              "依法督促");
}
END_TEST

static const char * const truncated_negatives[] = {
  "全年办理行政许可326件，现将主要情况报告如下：",
  "推行“互联网+监管”，实现“一网通办”“让群众少跑腿”",
  "修订《临河区文化市场综合执法事项清单》（详见附件）",
  "举办执法业务培训班5期。一是抓好新录用执法人员岗前培训，二是加强执法队伍作风建设。",
  "一是抓好新录用执法人员岗前培训；二是加强执法队伍建设；三是落实执法全过程记录。",
  "附件：执法事项清单",
  "联系人：文化市场综合执法支队法制科张明 联系电话：023-67812345",
  "全年办理行政许可326件，群众满意率99.2%！",
};

START_TEST (test_truncated_text_negatives)
{
  assert_silent ("truncated-text", truncated_negatives[_i], PLAIN_SECOND);
}
END_TEST

START_TEST (test_truncated_text_page_break)
{
  /* A page break inside a sentence is repaired by the reader: the text
   * goes on after the blank line. */
  assert_silent ("truncated-text",
                 "制定规范性文件2件，均经合法性审查。一是严格执行规范性文件制定程序。二是自\n\n"
                 "觉接受监督制约，严格落实党风廉政建设主体责任。",
                 PLAIN_SECOND);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Fixtures                                                            */
/* ------------------------------------------------------------------ */

static void
assert_rule_lines (FazhiCheckResult *result,
                   const char       *rule,
                   const guint      *lines,
                   guint             n_lines)
{
  g_autoptr (GListModel) findings = fazhi_check_result_dup_findings_for_rule (result, rule);
  g_autofree char       *found = describe (findings);

  ck_assert_msg (g_list_model_get_n_items (findings) == n_lines, "%s: expected %u findings, got:%s", rule, n_lines,
                 found);
  for (guint i = 0; i < n_lines; i++)
    {
      g_autoptr (FazhiFinding) finding = g_list_model_get_item (findings, i);

      ck_assert_msg (fazhi_finding_get_line (finding) == lines[i], "%s: expected line %u, got:%s", rule, lines[i],
                     found);
    }
}

START_TEST (test_bom_flaws)
{
  g_autoptr (FazhiReport)      report = read_fixture ("reports", "bom-flaws.txt");
  g_autoptr (FazhiCheckResult) result = check_report (report);
  g_autoptr (GListModel)       repeated = fazhi_check_result_dup_findings_for_rule (result, "repeated-text");
  g_autoptr (FazhiFinding)     finding = NULL;
  static const guint           missing[] = { 29, 31 };
  static const guint           sum[] = { 41 };
  static const guint           truncated[] = { 51 };

  assert_rule_lines (result, "missing-quantity", missing, G_N_ELEMENTS (missing));
  assert_rule_lines (result, "implausible-figure", sum, G_N_ELEMENTS (sum));
  assert_rule_lines (result, "truncated-text", truncated, G_N_ELEMENTS (truncated));
  assert_rule_lines (result, "placeholder-text", NULL, 0);

  ck_assert_uint_eq (g_list_model_get_n_items (repeated), 1);
  finding = g_list_model_get_item (repeated, 0);
  ck_assert_uint_eq (fazhi_finding_get_line (finding), 43);
  ck_assert (finding_has_lines (finding, 37, 43));
}
END_TEST

START_TEST (test_template_placeholders)
{
  g_autoptr (FazhiReport)      report = read_fixture ("reports", "template.txt");
  g_autoptr (FazhiCheckResult) result = check_report (report);
  /* template.expect.json "placeholders" */
  static const guint lines[] = { 15, 39, 45, 55, 63, 69, 75 };

  assert_rule_lines (result, "placeholder-text", lines, G_N_ELEMENTS (lines));
  assert_rule_lines (result, "missing-quantity", NULL, 0);
  assert_rule_lines (result, "truncated-text", NULL, 0);
}
END_TEST

static const struct
{
  const char *dir;
  const char *name;
} clean_fixtures[] = {
  { "checks", "clean-2021.txt" },
  { "checks", "clean-2022.txt" },
  { "checks", "followup-2021.txt" },
  { "reports", "gbt-fullwidth.txt" },
  { "reports", "province.txt" },
  { "reports", "thematic-county.txt" },
  { "reports", "utf16.txt" },
  { "reports", "outline2021-dept.txt" },
  { "reports", "responsibility-first.txt" },
  { "reports", "circled.txt" },
  { "reports", "gb18030.txt" },
  { "reports", "halfwidth.txt" },
  { "reports", "hardwrap.txt" },
  { "reports", "pdf-artifacts.txt" },
  { "reports", "runin.txt" },
};

START_TEST (test_clean_fixtures)
{
  g_autoptr (FazhiReport)      report = read_fixture (clean_fixtures[_i].dir, clean_fixtures[_i].name);
  g_autoptr (FazhiCheckResult) result = check_report (report);
  g_autoptr (GString)          found = g_string_new (NULL);

  ck_assert_msg (count_quality_findings (result, found) == 0, "%s:%s", clean_fixtures[_i].name, found->str);
}
END_TEST

/* Each trigger fixture of tests/data/checks fires its own quality rule at
 * its line and no other quality rule. */
static const struct
{
  const char *name;
  const char *rule;
  guint       line;
} triggers[] = {
  { "trigger-missing-quantity.txt", "missing-quantity", 25 },
  { "trigger-repeated-text.txt", "repeated-text", 33 },
  { "trigger-placeholder-text.txt", "placeholder-text", 21 },
  { "trigger-implausible-figure.txt", "implausible-figure", 11 },
  { "trigger-implausible-figure-total.txt", "implausible-figure", 11 },
  { "trigger-truncated-text.txt", "truncated-text", 31 },
  { "trigger-empty-section.txt", NULL, 0 },
  { "trigger-missing-part.txt", NULL, 0 },
  { "trigger-unmeasurable-target.txt", NULL, 0 },
  { "trigger-duty-not-evidenced.txt", NULL, 0 },
};

START_TEST (test_triggers)
{
  g_autoptr (FazhiReport)      report = read_fixture ("checks", triggers[_i].name);
  g_autoptr (FazhiCheckResult) result = check_report (report);

  for (guint r = 0; r < G_N_ELEMENTS (quality_rules); r++)
    {
      g_autoptr (GListModel) findings = fazhi_check_result_dup_findings_for_rule (result, quality_rules[r]);
      g_autofree char       *found = describe (findings);

      if (g_strcmp0 (quality_rules[r], triggers[_i].rule) != 0)
        {
          ck_assert_msg (g_list_model_get_n_items (findings) == 0, "%s:%s", triggers[_i].name, found);
          continue;
        }
      ck_assert_msg (g_list_model_get_n_items (findings) == 1, "%s:%s", triggers[_i].name, found);
      {
        g_autoptr (FazhiFinding) finding = g_list_model_get_item (findings, 0);

        ck_assert_msg (fazhi_finding_get_line (finding) == triggers[_i].line, "%s:%s", triggers[_i].name, found);
      }
    }
}
END_TEST

START_TEST (test_seed)
{
  g_autofree char             *path = fazhi_test_seed_path ();
  g_autoptr (FazhiReader)      reader = fazhi_reader_new ();
  g_autoptr (FazhiReport)      report = NULL;
  g_autoptr (FazhiCheckResult) result = NULL;
  g_autoptr (GListModel)       repeated = NULL;
  g_autoptr (FazhiFinding)     finding = NULL;
  g_autoptr (GError)           error = NULL;
  g_autoptr (GString)          found = g_string_new (NULL);
  static const guint           missing[] = { 21 };

  if (path == NULL)
    return; /* the user's seed is not there: nothing to check */

  report = fazhi_reader_read_path (reader, path, NULL, &error);
  fazhi_assert_no_error (error);
  result = check_report (report);

  /* 获二等奖 2 名，三等奖名 */
  assert_rule_lines (result, "missing-quantity", missing, G_N_ELEMENTS (missing));

  /* （二） repeats two passages of （五）: one finding for the pair. */
  repeated = fazhi_check_result_dup_findings_for_rule (result, "repeated-text");
  ck_assert_uint_eq (g_list_model_get_n_items (repeated), 1);
  finding = g_list_model_get_item (repeated, 0);
  ck_assert_uint_eq (fazhi_finding_get_line (finding), 41);
  ck_assert (finding_has_lines (finding, 27, 41));

  /* Nothing else: the sentence split by a page break ("二是自" / "党强化…")
   * is joined by the reader, and OTC is no placeholder. */
  ck_assert_msg (count_quality_findings (result, found) == 2, "%s", found->str);
}
END_TEST

/* ------------------------------------------------------------------ */
/* A report read back from JSON                                        */
/* ------------------------------------------------------------------ */

static char *
describe_quality (FazhiCheckResult *result)
{
  g_autoptr (GString) out = g_string_new (NULL);

  for (guint r = 0; r < G_N_ELEMENTS (quality_rules); r++)
    {
      g_autoptr (GListModel) findings = fazhi_check_result_dup_findings_for_rule (result, quality_rules[r]);

      for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
        {
          g_autoptr (FazhiFinding) finding = g_list_model_get_item (findings, i);
          guint                    n;
          const guint             *lines = fazhi_finding_get_lines (finding, &n);

          g_string_append_printf (out, "%s %u [", fazhi_finding_get_rule (finding), fazhi_finding_get_line (finding));
          for (guint k = 0; k < n; k++)
            g_string_append_printf (out, " %u", lines[k]);
          g_string_append_printf (out, " ] %s\n", fazhi_finding_get_message (finding));
        }
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
assert_json_round_trip (FazhiReport   *report,
                        FazhiJsonFlags flags)
{
  g_autoptr (FazhiCheckResult) result = check_report (report);
  g_autofree char             *json = fazhi_report_to_json (report, flags);
  g_autoptr (GError)           error = NULL;
  g_autoptr (FazhiReport)      again = fazhi_report_new_from_json (json, -1, &error);
  g_autoptr (FazhiCheckResult) result_again = NULL;
  g_autofree char             *before = NULL;
  g_autofree char             *after = NULL;

  fazhi_assert_no_error (error);
  result_again = check_report (again);
  before = describe_quality (result);
  after = describe_quality (result_again);
  ck_assert_str_ne (before, "");
  ck_assert_str_eq (after, before);
}

static const struct
{
  const char *dir;
  const char *name;
} round_trip_fixtures[] = {
  { "reports", "bom-flaws.txt" },
  { "reports", "template.txt" },
  { "checks", "trigger-repeated-text.txt" },
  { "checks", "trigger-truncated-text.txt" },
  { "checks", "trigger-implausible-figure-total.txt" },
};

START_TEST (test_json_round_trip)
{
  g_autoptr (FazhiReport) report = read_fixture (round_trip_fixtures[_i].dir, round_trip_fixtures[_i].name);

  assert_json_round_trip (report, FAZHI_JSON_FLAGS_NONE);
  assert_json_round_trip (report, FAZHI_JSON_FLAGS_INCLUDE_TEXT);
}
END_TEST

START_TEST (test_json_round_trip_seed)
{
  g_autofree char        *path = fazhi_test_seed_path ();
  g_autoptr (FazhiReader) reader = fazhi_reader_new ();
  g_autoptr (FazhiReport) report = NULL;
  g_autoptr (GError)      error = NULL;

  if (path == NULL)
    return;
  report = fazhi_reader_read_path (reader, path, NULL, &error);
  fazhi_assert_no_error (error);
  assert_json_round_trip (report, FAZHI_JSON_FLAGS_NONE);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Size                                                                */
/* ------------------------------------------------------------------ */

/* A body of @n sentences of made-up words, each different. */
static char *
make_sentences (GRand *rand,
                guint  n)
{
  /* clang-format off */
  static const char * const words[] = {
    "执法", "检查", "文化", "市场", "旅游", "景区", "演出", "网吧", "娱乐", "场所", "出版", "印刷", "广播", "电视",
    "文物", "保护", "非遗", "传承", "公共", "服务", "场馆", "图书", "档案", "志愿", "培训", "宣传", "监管", "安全",
    "生产", "消防", "应急", "演练", "投诉", "举报", "处罚", "许可", "审批", "备案", "信用", "评价", "考核", "督查",
  };
  /* clang-format on */
  static const char * const units[] = { "件", "次", "家", "名", "项", "场", "个" };
  GString                  *out = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      guint length = 6 + g_rand_int_range (rand, 0, 8);

      for (guint k = 0; k < length; k++)
        {
          g_string_append (out, words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
          if (k == length / 2)
            g_string_append_printf (out, "%d%s，", g_rand_int_range (rand, 1, 999),
                                    units[g_rand_int_range (rand, 0, G_N_ELEMENTS (units))]);
        }
      g_string_append (out, i % 10 == 9 ? "。\n\n" : "。");
    }
  g_string_append (out, "全年开展执法检查312次。");
  return g_string_free (out, FALSE);
}

START_TEST (test_large_report)
{
  g_autoptr (GRand)            rand = g_rand_new_with_seed (20210128);
  g_autofree char             *first = make_sentences (rand, 5000);
  g_autofree char             *second = make_sentences (rand, 5000);
  g_autofree char             *copied = g_strconcat (first, "从人大代表、政协委员和社区居民中聘请文化市场社会监督员15名，全年开展明察暗访6次。", NULL);
  g_autofree char             *copy = g_strconcat ("从人大代表、政协委员和社区居民中聘请文化市场社会监督员15名，全年开展明察暗访6次。", second, NULL);
  g_autofree char             *text = make_report_text (copied, copy);
  g_autoptr (FazhiReport)      report = read_text (text);
  g_autoptr (FazhiCheckResult) result = check_report (report);
  g_autoptr (GListModel)       repeated = fazhi_check_result_dup_findings_for_rule (result, "repeated-text");
  g_autofree char             *found = describe (repeated);

  /* Among ten thousand sentences the one copied passage is found. */
  ck_assert_msg (g_list_model_get_n_items (repeated) == 1, "got:%s", found);
}
END_TEST

static Suite *
quality_suite (void)
{
  Suite *suite = suite_create ("rules-quality");
  TCase *tc;

  tc = tcase_create ("registered");
  tcase_add_test (tc, test_registered);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("missing-quantity");
  tcase_add_test (tc, test_missing_quantity_prize_list);
  tcase_add_test (tc, test_missing_quantity_repeated_measure);
  tcase_add_test (tc, test_missing_quantity_two_units);
  tcase_add_loop_test (tc, test_missing_quantity_negatives, 0, G_N_ELEMENTS (quantity_negatives));
  suite_add_tcase (suite, tc);

  tc = tcase_create ("repeated-text");
  tcase_add_test (tc, test_repeated_text_near_copy);
  tcase_add_test (tc, test_repeated_text_one_per_pair);
  tcase_add_loop_test (tc, test_repeated_text_negatives, 0, G_N_ELEMENTS (repeated_negatives));
  tcase_add_test (tc, test_repeated_text_same_section);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("placeholder-text");
  tcase_add_loop_test (tc, test_placeholder_text, 0, G_N_ELEMENTS (placeholder_cases));
  tcase_add_test (tc, test_placeholder_text_per_line);
  tcase_add_test (tc, test_placeholder_text_heading_and_title);
  tcase_add_loop_test (tc, test_placeholder_text_negatives, 0, G_N_ELEMENTS (placeholder_negatives));
  suite_add_tcase (suite, tc);

  tc = tcase_create ("implausible-figure");
  tcase_add_loop_test (tc, test_implausible_figure, 0, G_N_ELEMENTS (implausible_cases));
  tcase_add_loop_test (tc, test_implausible_figure_negatives, 0, G_N_ELEMENTS (implausible_negatives));
  suite_add_tcase (suite, tc);

  tc = tcase_create ("truncated-text");
  tcase_add_test (tc, test_truncated_text_paragraph);
  tcase_add_test (tc, test_truncated_text_run_in);
  tcase_add_test (tc, test_truncated_text_last_section);
  tcase_add_loop_test (tc, test_truncated_text_negatives, 0, G_N_ELEMENTS (truncated_negatives));
  tcase_add_test (tc, test_truncated_text_page_break);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("fixtures");
  tcase_add_test (tc, test_bom_flaws);
  tcase_add_test (tc, test_template_placeholders);
  tcase_add_loop_test (tc, test_clean_fixtures, 0, G_N_ELEMENTS (clean_fixtures));
  tcase_add_loop_test (tc, test_triggers, 0, G_N_ELEMENTS (triggers));
  tcase_add_test (tc, test_seed);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("json");
  tcase_add_loop_test (tc, test_json_round_trip, 0, G_N_ELEMENTS (round_trip_fixtures));
  tcase_add_test (tc, test_json_round_trip_seed);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("size");
  tcase_set_timeout (tc, 120);
  tcase_add_test (tc, test_large_report);
  suite_add_tcase (suite, tc);

  return suite;
}

int
main (void)
{
  return fazhi_test_run (quality_suite ());
}
