/* corpus.c: synthetic annual reports for the benchmarks
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Reports are assembled from parts the way real ones are: a title naming
 * an agency and year, an addressee, a preamble, the measures part with
 * one sub-section per obligation area of the outline in force, the
 * responsibility part, shortcomings, plans, a signature and a date. The
 * layout varies as it does in files copied out of Word and PDF. All
 * agencies, places and figures are made up.
 *
 * Every report is generated from (seed, index) alone, so report 1234 is
 * the same bytes whether the corpus holds 2,000 reports or 6,000, and the
 * same on every machine: the generator has its own PRNG and formats
 * numbers itself.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "corpus.h"

/* ------------------------------------------------------------------ */
/* Randomness                                                          */
/* ------------------------------------------------------------------ */

/* splitmix64: tiny, fast and the same everywhere. */
typedef struct
{
  guint64 state;
} Rng;

static guint64
rng_next (Rng *rng)
{
  guint64 z = (rng->state += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return z ^ (z >> 31);
}

/* Uniform in [lo, hi]. */
static guint
rng_range (Rng  *rng,
           guint lo,
           guint hi)
{
  if (hi <= lo)
    return lo;
  return lo + (guint) (rng_next (rng) % ((guint64) hi - lo + 1));
}

static double
rng_unit (Rng *rng)
{
  return (rng_next (rng) >> 11) * (1.0 / 9007199254740992.0);
}

static gboolean
rng_chance (Rng   *rng,
            double p)
{
  return rng_unit (rng) < p;
}

static double
rng_normal (Rng *rng)
{
  double u1 = MAX (rng_unit (rng), 1e-12);
  double u2 = rng_unit (rng);

  return sqrt (-2.0 * log (u1)) * cos (2.0 * G_PI * u2);
}

#define PICK(rng, array) ((array)[rng_range ((rng), 0, G_N_ELEMENTS (array) - 1)])

/* ------------------------------------------------------------------ */
/* Vocabulary                                                          */
/* ------------------------------------------------------------------ */

typedef struct
{
  const char *name;
  const char *level; /* 市, 县 or 区 */
} Place;

/* clang-format off */
static const Place places[] = {
  { "江川市", "市" }, { "北塘市", "市" }, { "云湾市", "市" },
  { "青岚县", "县" }, { "澜溪县", "县" }, { "望川县", "县" },
  { "临河区", "区" }, { "鹤平区", "区" }, { "清澄区", "区" },
};
/* clang-format on */

static const char * const provinces[] = { "东岭省", "西澜省" };

typedef struct
{
  const char *name;
  gboolean    committee;  /* a 委员会 calls itself 我委 */
  const char *domains[4]; /* what the department regulates */
} Department;

static const Department departments[] = {
  { "水务局", FALSE, { "取水许可", "河道管理", "水资源保护", "涉水工程" } },
  { "市场监督管理局", FALSE, { "食品安全", "市场主体登记", "特种设备", "价格监管" } },
  { "教育局", FALSE, { "校外培训机构", "民办学校", "校园安全", "招生入学" } },
  { "卫生健康委员会", TRUE, { "医疗机构", "公共卫生", "职业健康", "医疗废物" } },
  { "司法局", FALSE, { "法律援助", "公证服务", "社区矫正", "律师行业" } },
  { "自然资源和规划局", FALSE, { "国土空间规划", "不动产登记", "耕地保护", "矿产资源" } },
  { "人力资源和社会保障局", FALSE, { "劳动保障监察", "社会保险", "就业创业", "根治欠薪" } },
  { "生态环境局", FALSE, { "排污许可", "环境影响评价", "大气污染防治", "固体废物" } },
  { "应急管理局", FALSE, { "安全生产", "危险化学品", "森林防火", "非煤矿山" } },
  { "交通运输局", FALSE, { "道路运输", "公路养护", "网约车", "超限超载" } },
  { "农业农村局", FALSE, { "农资市场", "动物防疫", "高标准农田", "农村宅基地" } },
  { "住房和城乡建设局", FALSE, { "建筑市场", "物业管理", "老旧小区改造", "燃气安全" } },
  { "民政局", FALSE, { "社会组织", "养老服务", "社会救助", "殡葬管理" } },
  { "文化广电旅游局", FALSE, { "文化市场", "旅游市场", "文物保护", "广播电视" } },
  { "发展和改革委员会", TRUE, { "投资项目", "价格管理", "粮食储备", "节能审查" } },
};

static const char * const government_domains[] = {
  "城市管理",
  "重点项目",
  "民生实事",
  "乡村振兴",
};

/* Area slugs of the two outlines, in outline order. */
/* clang-format off */
static const char * const areas_2015[] = {
  "functions", "rules", "decisions", "enforcement",
  "oversight", "disputes", "capacity", "organization",
};
/* clang-format on */

/* clang-format off */
static const char * const areas_2021[] = {
  "functions", "rules", "decisions", "enforcement", "emergencies",
  "disputes", "oversight", "digital", "leadership",
};
/* clang-format on */

typedef struct
{
  const char *slug;
  const char *headings_2015[6];
  const char *headings_2021[6];
  const char *leads[6];
  const char *sentences[10];
} Area;

/* Headings paraphrase the outline titles the way reports do; sentences
 * carry the slot syntax of expand(). */
static const Area areas[] = {
  { "functions",
    { "依法全面履行政府职能", "依法全面正确履行部门职能", "深化“放管服”改革，推动职能转变",
      "持续深化简政放权，优化营商环境", "推进行政审批制度改革", NULL },
    { "健全政府机构职能体系", "深化“放管服”改革，优化机构职能", "优化营商环境，依法全面履职",
      "深化审批制度改革，提升政务服务水平", NULL },
    { "深化简政放权", "优化政务服务", "加强事中事后监管", "持续优化营商环境", "推进信用监管", NULL },
    { "深化“放管服”改革，全面梳理{dom}等权责事项，公布权责清单{N:40:320}项，取消和下放审批事项{N:3:25}项。",
      "推行“一网通办”，{N:20:180}项政务服务事项实现网上办理，全程网办率达到{P:60:99}。",
      "全年办理各类审批服务事项{N:800:12000}件，承诺时限内办结率{P:95:100}，群众满意度{P:90:100}。",
      "落实“双随机、一公开”监管，开展部门联合抽查{N:8:60}次，检查市场主体{N:120:2600}家。",
      "推行证明事项告知承诺制，精简申请材料{N:10:90}项，平均审批时限压缩{P:20:70}。",
      "全面落实公平竞争审查制度，审查涉及市场主体经济活动的政策措施{N:5:60}件，未发现排除、限制竞争的内容。",
      "持续优化营商环境，为{N:30:800}家企业提供上门服务，减免相关费用{F:10:900}万元。",
      "推进信用监管，归集公示行政许可和行政处罚信息{N:1000:26000}条，营商环境评价结果{R}。",
      "加强事中事后监管，全年开展{dom}专项检查{N:6:40}次，发现并督促整改问题{N:20:400}个。",
      NULL } },
  { "rules",
    { "完善依法行政制度体系", "加强规范性文件管理", "健全制度体系，规范文件制定",
      "推进制度建设和文件清理", "完善依法行政制度建设", NULL },
    { "健全依法行政制度体系", "加强规范性文件监督管理", "完善制度体系，严格备案审查",
      "推进重点领域制度建设", NULL },
    { "严格合法性审核", "加强备案审查", "开展文件清理", "健全内部制度", NULL },
    { "严格规范性文件合法性审核，全年审核以{org}名义印发的规范性文件{N:3:30}件，提出修改意见{N:10:120}条。",
      "落实规范性文件备案审查制度，按时报送备案{N:2:25}件，报备率、及时率均为100%。",
      "围绕民法典实施和优化营商环境开展专项清理，清理规范性文件{N:40:600}件，废止{N:2:40}件、修改{N:1:20}件。",
      "配合做好政府立法工作，对{N:5:40}部法规规章草案提出意见建议{N:20:160}条。",
      "健全内部管理制度体系，制定修订{dom}管理办法等制度{N:4:30}项，形成用制度管权管事的工作机制。",
      "严格执行规范性文件“三统一”制度，统一登记、统一编号、统一印发，全年未出现违法“红头文件”。",
      "依托基层立法联系点{N:1:6}个，组织征求立法意见{N:3:20}次，收集意见建议{N:30:300}条。",
      NULL } },
  { "decisions",
    { "推进行政决策科学化、民主化、法治化", "推进依法科学民主决策", "规范重大行政决策程序",
      "健全依法决策机制", "坚持依法决策", NULL },
    { "健全行政决策制度体系", "严格落实重大行政决策程序", "提升依法决策水平", "规范行政决策程序", NULL },
    { "规范决策程序", "发挥法律顾问作用", "推进公众参与", "落实集体决策", NULL },
    { "严格落实重大行政决策程序规定，全年作出重大行政决策{N:2:12}项，均履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序。",
      "编制并公布年度重大行政决策事项目录，纳入目录事项{N:2:10}项。",
      "发挥法律顾问和公职律师作用，全年审查合同协议{N:20:260}份，出具法律意见书{N:10:150}份，涉及金额{F:1:30}亿元。",
      "对{dom}等涉及群众切身利益的决策事项公开征求意见，收到意见建议{N:30:600}条，采纳{N:5:90}条。",
      "坚持“三重一大”事项集体研究决定，全年召开党组会议、办公会议{N:12:60}次，研究重大事项{N:20:180}项。",
      "开展重大行政决策社会稳定风险评估{N:2:15}次，对{N:1:6}项已实施决策开展决策后评估。",
      NULL } },
  { "enforcement",
    { "坚持严格规范公正文明执法", "推进严格规范公正文明执法", "规范行政执法行为",
      "全面落实行政执法三项制度", "深化综合行政执法改革", NULL },
    { "健全行政执法工作体系", "推进严格规范公正文明执法", "推行包容审慎柔性执法",
      "深化行政执法体制改革", NULL },
    { "落实执法三项制度", "加大执法力度", "规范裁量权行使", "提升执法队伍素质", "推行柔性执法", NULL },
    { "全面落实行政执法公示、执法全过程记录、重大执法决定法制审核“三项制度”，全年公示执法信息{N:200:5000}条。",
      "全年出动执法人员{N:1000:30000}人次，检查{dom}相关单位{N:200:9000}家次，立案查处违法案件{N:20:900}件，罚没款{F:10:2000}万元。",
      "细化行政处罚裁量基准{N:50:800}项，制定轻微违法行为免罚清单，对{N:10:400}起首次轻微违法行为依法不予处罚。",
      "开展行政执法案卷评查，评查案卷{N:30:400}卷，优秀率{P:60:98}，案卷评查结果{R}。",
      "组织执法人员参加公共法律知识和专业法律知识培训，{N:30:900}名执法人员全部持证上岗。",
      "深化综合行政执法改革，整合执法队伍{N:2:9}支，执法力量下沉乡镇（街道）{N:20:300}人。",
      "加强行政执法与刑事司法衔接，向公安机关移送涉嫌犯罪案件{N:1:30}件。",
      "推行说理式执法，全年下达责令整改通知书{N:40:900}份，行政相对人无一起投诉。",
      NULL } },
  { "oversight",
    { "强化对行政权力的制约和监督", "自觉接受各方面监督", "强化权力运行监督",
      "深入推进政务公开", "加强行政权力制约监督", NULL },
    { "健全行政权力制约和监督体系", "自觉接受监督，深化政务公开", "强化行政权力运行监督",
      "加强对行政权力的制约监督", NULL },
    { "接受人大政协监督", "深化政务公开", "强化审计监督", "畅通投诉渠道", NULL },
    { "自觉接受人大监督和政协民主监督，办理人大代表建议{N:5:80}件、政协委员提案{N:5:90}件，办复率100%，满意率{P:90:100}。",
      "深入推进政务公开，主动公开政府信息{N:200:5000}条，办理依申请公开{N:3:120}件，均在法定期限内答复。",
      "配合审计部门开展{dom}专项审计，涉及资金{F:1:60}亿元，审计发现问题已全部整改到位。",
      "畅通投诉举报渠道，全年受理群众投诉举报{N:100:12000}件，办结率{P:95:100}。",
      "加强内部监督制约，对{N:5:40}个重点岗位开展廉政风险排查，完善防控措施{N:10:120}条。",
      "主动接受社会监督和舆论监督，聘请社会监督员{N:5:60}名，回应社会关切{N:10:200}次。",
      NULL } },
  { "disputes",
    { "依法有效化解社会矛盾纠纷", "依法化解矛盾纠纷", "推进矛盾纠纷多元化解",
      "做好行政复议和行政应诉工作", "健全矛盾纠纷调处化解机制", NULL },
    { "健全社会矛盾纠纷行政预防调处化解体系", "依法预防化解矛盾纠纷",
      "发挥行政复议化解行政争议主渠道作用", "推进矛盾纠纷多元化解", NULL },
    { "做好行政复议", "规范行政应诉", "加强矛盾调处", "依法处理信访", NULL },
    { "全年办理行政复议案件{N:3:300}件，审结{N:3:290}件，综合纠错率{P:3:25}。",
      "做好行政应诉工作，全年发生行政诉讼案件{N:1:120}件，行政机关负责人出庭应诉率{P:80:100}。",
      "健全人民调解、行政调解、司法调解联动机制，调解各类矛盾纠纷{N:100:9000}件，调解成功率{P:90:100}。",
      "依法分类处理信访诉求，全年受理信访事项{N:20:2000}件，按期办结率{P:90:100}。",
      "深入排查化解{dom}领域矛盾纠纷，开展排查{N:10:120}次，化解矛盾纠纷{N:20:800}起。",
      "完善公共法律服务体系，办理法律援助案件{N:50:3000}件，为群众挽回经济损失{F:50:3000}万元。",
      "坚持和发展新时代“枫桥经验”，建成矛盾纠纷调处化解中心{N:1:20}个。",
      NULL } },
  { "capacity",
    { "全面提高政府工作人员法治思维和依法行政能力", "提升干部法治思维和依法行政能力",
      "加强学法用法和法治培训", "深入开展普法宣传教育", "提高工作人员法治素养", NULL },
    { NULL },
    { "抓好领导干部学法", "加强法治培训", "落实普法责任制", "开展主题宣传", NULL },
    { "落实领导干部学法制度，全年组织党组理论学习中心组学法{N:4:16}次、会前学法{N:6:30}次。",
      "举办法治专题培训班{N:2:20}期，培训干部职工{N:100:5000}人次，网上学法考试参考率、合格率均为100%。",
      "落实“谁执法谁普法”普法责任制，开展普法宣传活动{N:10:300}场次，发放宣传资料{F:1:20}万份。",
      "组织干部旁听庭审{N:1:8}次，以案释法增强干部法治意识。",
      "把法治素养作为干部选拔任用的重要内容，完成新提任领导干部任前法律知识考试{N:5:80}人。",
      "开展“宪法宣传周”“民法典宣传月”等主题活动，覆盖群众{F:1:50}万人次。",
      NULL } },
  { "organization",
    { "强化组织保障和落实机制", "加强法治政府建设组织领导", "健全组织保障和考核机制",
      "压实法治建设主体责任", "完善法治建设推进机制", NULL },
    { NULL },
    { "强化组织领导", "严格考核评价", "开展督察检查", "落实报告制度", NULL },
    { "调整法治政府建设工作领导小组，主要负责人任组长，印发年度工作要点，明确重点任务{N:10:60}项。",
      "将法治政府建设纳入年度绩效考核，考核权重提高到{N:4:12}%。",
      "开展法治政府建设督察，对{N:5:40}个单位开展专项督察，督促整改问题{N:10:120}个。",
      "按时向{lv}委、{lv}政府报告上一年度法治政府建设情况，并在门户网站向社会公开。",
      "积极开展法治政府建设示范创建活动，{N:1:6}个项目入选法治建设典型案例，年度考核{R}。",
      "保障法治工作经费{F:20:900}万元，配齐配强法制机构工作人员{N:2:20}名。",
      NULL } },
  { "emergencies",
    { NULL },
    { "健全突发事件应对体系", "依法做好突发事件应对", "提升应急管理法治化水平",
      "依法做好疫情防控和应急处置", NULL },
    { "完善应急预案", "依法防控疫情", "加强应急队伍建设", "妥善处置突发事件", NULL },
    { "修订完善{dom}突发事件应急预案{N:2:20}部，组织开展应急演练{N:3:60}次，参演人员{N:100:6000}人次。",
      "依法做好常态化疫情防控，检查重点场所{N:100:9000}家次，发现并整改问题{N:20:900}个。",
      "组建应急救援队伍{N:2:30}支、队员{N:50:1500}人，储备应急物资价值{F:10:900}万元。",
      "全年妥善处置各类突发事件{N:3:80}起，未发生较大以上安全事故。",
      "加强防汛抗旱和防灾减灾工作，转移安置群众{N:100:9000}人次。",
      NULL } },
  { "digital",
    { NULL },
    { "健全法治政府建设科技保障体系", "推进数字法治政府建设", "加快数字政府建设",
      "推进“互联网+监管”和智慧执法", NULL },
    { "推进网上办理", "建设智慧监管平台", "推进数据共享", "推行电子案卷", NULL },
    { "推进“互联网+政务服务”，{N:30:400}项事项实现“掌上办”，网上可办率{P:80:100}。",
      "建成{dom}智慧监管平台，归集数据{F:1:900}万条，非现场执法查处违法行为{N:20:3000}起。",
      "推行行政执法综合管理监督信息系统，电子案卷占比达到{P:60:100}。",
      "推进政务数据共享，对接部门业务系统{N:3:40}个，减少群众提交材料{N:10:200}项。",
      "建设数字档案室，完成档案数字化{F:1:90}万页，改造机房{N:200:3000}平方米。",
      NULL } },
  { "leadership",
    { NULL },
    { "加强党的领导，完善法治政府建设推进机制", "加强党对法治政府建设的领导",
      "完善法治政府建设推进机制", "压实法治建设主体责任", "强化法治政府建设组织保障", NULL },
    { "加强党的领导", "健全推进机制", "严格考核评价", "提升干部法治素养", NULL },
    { "坚持党对法治政府建设的领导，党组会议专题研究法治工作{N:3:12}次。",
      "制定年度法治政府建设工作要点，分解任务{N:10:80}项，明确责任单位和完成时限。",
      "将法治建设成效纳入年度考核，对{N:5:40}个科室和下属单位进行考核评价，考核结果{R}。",
      "落实法治政府建设年度报告制度，按时报告并向社会公开。",
      "组织开展法治政府建设督察，发现问题{N:10:90}个，已全部整改。",
      "落实领导干部学法制度，全年组织党组理论学习中心组学法{N:4:16}次。",
      "举办法治专题培训班{N:2:20}期，培训干部职工{N:100:5000}人次。",
      NULL } },
};

/* Sentences with no area of their own, for bulk. */
static const char * const fillers[] = {
  "相关经验做法在全{lv}推广。",
  "与上年相比，办理量增长{P:3:40}。",
  "全年累计投入资金{F:10:900}万元，惠及群众{N:1000:90000}人次。",
  "该项工作得到{lv}委、{lv}政府主要领导的批示肯定。",
  "工作中坚持问题导向和目标导向，做到边查边改、立行立改。",
  "上述工作均按时间节点完成，群众满意度达到{P:85:99}。",
  "通过以上措施，相关领域{N:5:60}个突出问题得到有效解决。",
  "全年共召开专题会议{N:3:20}次，协调解决具体问题{N:5:50}个。",
};

typedef struct
{
  const char *lead;
  const char *text;
} Item;

static const Item shortcomings[] = {
  { "执法力量有待加强", "{dom}领域专业执法人员占比偏低，执法办案能力参差不齐。" },
  { "法治意识有待提高", "个别干部运用法治思维和法治方式推动工作、化解矛盾的能力还不够强。" },
  { "文件审核质量不高", "规范性文件合法性审核力量薄弱，审核把关仍存在流于形式的情况。" },
  { "普法实效不够明显", "普法宣传形式较为单一，针对性和覆盖面还有待提升。" },
  { "信息化水平不高", "执法办案系统与上级平台尚未完全对接，数据共享不够充分。" },
  { "公众参与不够充分", "重大行政决策征求意见的范围偏窄，群众参与的积极性不高。" },
  { "基层保障不足", "基层法制机构人员配备不到位，工作经费保障不够有力。" },
  { "执法程序不够规范", "从行政复议纠错案件看，部分执法环节仍存在程序瑕疵。" },
  { "源头预防有待加强", "矛盾纠纷排查不够深入，源头预防和前端化解机制不够健全。" },
};

static const Item plans[] = {
  { "加强学法培训", "每年组织开展{N:2:4}次以上法律法规专题学习，由{sec}负责制定年度培训计划。" },
  { "规范行政执法", "每季度开展{N:1:2}次行政执法案卷评查，由{sec}负责通报评查结果。" },
  { "完善制度建设", "{M}月底前完成本单位规范性文件的全面清理，并向社会公布清理结果。" },
  { "推进数字化建设", "年底前实现执法信息平台全覆盖，电子案卷占比达到{P:85:100}以上。" },
  { "强化监督考核", "每半年向{lv}委、{lv}政府报告一次法治政府建设推进情况，由{sec}负责。" },
  { "深化政务服务", "{M}月底前再推出{N:10:50}项“一件事一次办”事项，由{sec}牵头落实。" },
  { "提升法治素养", "每月组织{N:1:2}次会前学法，年底前完成全体干部法律知识轮训。" },
  { "持续深化改革", "持续深化“放管服”改革，不断提升依法行政水平。" },
  { "化解矛盾纠纷", "年底前建成{N:2:15}个矛盾纠纷调处化解工作站，由{sec}负责。" },
};

/* Wording of the first-responsible-person duties. */
static const char * const duty_sentences[] = {
  "{head}认真履行推进法治建设第一责任人职责，带头尊法学法守法用法，全年参加集体学法{N:4:12}次，讲授法治课{N:1:4}次。",
  "坚持将法治建设纳入年度工作计划，与业务工作同部署、同推进、同督促、同考核。",
  "对法治建设重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办，全年主持召开专题会议{N:2:10}次。",
  "严格执行重大决策合法性审查和集体讨论决定制度，全年未发生违法决策。",
  "组织党组理论学习中心组专题学法{N:3:10}次，带动班子成员提升法治素养。",
  "将履行推进法治建设第一责任人职责情况列入年终述职内容，接受干部职工评议。",
};

/* clang-format off */
static const char * const cn_digits[] = {
  "〇", "一", "二", "三", "四", "五", "六", "七", "八", "九",
};
/* clang-format on */

/* clang-format off */
static const char * const circled[] = {
  "①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩",
};
/* clang-format on */

/* ------------------------------------------------------------------ */
/* The generator                                                       */
/* ------------------------------------------------------------------ */

typedef enum
{
  PARA_FRONT, /* title, agency, addressee: never wrapped or split */
  PARA_PART,  /* a part heading; the marker is added when parts are ordered */
  PARA_HEADING,
  PARA_BODY,
  PARA_CLOSING, /* signature and date */
} ParaKind;

typedef struct
{
  ParaKind kind;
  char    *text;
} Para;

typedef enum
{
  AREA_MARK_CN_PAREN, /* （一） or (一) */
  AREA_MARK_NUM_DOT,  /* 1. */
  AREA_MARK_NUM_DUN,  /* 1、 */
} AreaMark;

typedef struct
{
  Rng               rng;
  CorpusStyle       style;
  const Place      *place;
  const char       *level;
  const Department *dept;
  char             *agency; /* 江川市水务局 */
  char             *org;    /* 市水务局 */
  const char       *self;   /* 我局 */
  char             *head;   /* who holds the first-responsible-person duties */
  const char       *domain; /* one thing the agency regulates, varied per use */
  const char       *sections[3];
  int               year;
  gboolean          outline_2021;
  double            fullwidth; /* chance a number is written full-width */
  AreaMark          area_mark;
  guint             n_figures;
} Gen;

static void
para_free (gpointer data)
{
  Para *para = data;

  g_free (para->text);
  g_free (para);
}

static void
add_para (GPtrArray *paras,
          ParaKind   kind,
          char      *text)
{
  Para *para = g_new (Para, 1);

  para->kind = kind;
  para->text = text;
  g_ptr_array_add (paras, para);
}

static gsize
paras_size (GPtrArray *paras)
{
  gsize size = 0;

  for (guint i = 0; i < paras->len; i++)
    size += strlen (((Para *) g_ptr_array_index (paras, i))->text) + 2;
  return size;
}

static void
append_fullwidth_digits (GString    *out,
                         const char *digits)
{
  for (const char *p = digits; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_unichar (out, 0xFF10 + (*p - '0'));
      else if (*p == '%')
        g_string_append (out, "％");
      else
        g_string_append_c (out, *p);
    }
}

/* Writes a number the way this report writes numbers: maybe full-width,
 * maybe with PDF spacing and digit groups ("1 286"). */
static void
put_number (Gen        *g,
            GString    *out,
            const char *digits)
{
  gboolean         pdf = (g->style & CORPUS_STYLE_PDF_SPACES) != 0;
  g_autofree char *grouped = NULL;

  if (pdf && out->len > 0 && out->str[out->len - 1] != ' ' && out->str[out->len - 1] != '\n')
    g_string_append_c (out, ' ');

  /* Digit groups only on plain integers of four or more digits. */
  if (pdf && strspn (digits, "0123456789") == strlen (digits) && strlen (digits) >= 4 &&
      rng_chance (&g->rng, 0.4))
    {
      gsize    n = strlen (digits);
      GString *s = g_string_new (NULL);

      for (gsize i = 0; i < n; i++)
        {
          if (i > 0 && (n - i) % 3 == 0)
            g_string_append_c (s, ' ');
          g_string_append_c (s, digits[i]);
        }
      grouped = g_string_free (s, FALSE);
      digits = grouped;
    }

  if (g->fullwidth > 0 && rng_chance (&g->rng, g->fullwidth))
    append_fullwidth_digits (out, digits);
  else
    g_string_append (out, digits);

  if (pdf)
    g_string_append_c (out, ' ');
}

static void
put_cn_number (GString *out,
               guint    n)
{
  /* 1–99 in the usual reading: 十, 十二, 二十, 二十八 */
  if (n >= 20)
    g_string_append (out, cn_digits[n / 10]);
  if (n >= 10)
    g_string_append (out, "十");
  if (n % 10 != 0 || n == 0)
    g_string_append (out, cn_digits[n % 10]);
}

static void expand (Gen *g, GString *out, const char *template);

/* One slot of a template: "N:lo:hi", "F:lo:hi", "P:lo:hi", "R", "Y",
 * "Y1", "M", a word, or alternatives "a|b|c". */
static void
expand_slot (Gen        *g,
             GString    *out,
             const char *slot,
             gsize       length)
{
  g_autofree char *s = g_strndup (slot, length);
  char             buf[32];

  if (strchr (s, '|') != NULL)
    {
      /* Alternatives split at the '|' outside nested slots. */
      g_autoptr (GPtrArray) starts = g_ptr_array_new ();
      guint                 depth = 0;
      guint                 pick;

      g_ptr_array_add (starts, s);
      for (char *p = s; *p != '\0'; p++)
        {
          if (*p == '{')
            depth++;
          else if (*p == '}')
            depth--;
          else if (*p == '|' && depth == 0)
            {
              *p = '\0';
              g_ptr_array_add (starts, p + 1);
            }
        }
      pick = rng_range (&g->rng, 0, starts->len - 1);
      expand (g, out, g_ptr_array_index (starts, pick));
    }
  else if ((s[0] == 'N' || s[0] == 'F' || s[0] == 'P') && (s[1] == ':' || s[1] == '\0'))
    {
      guint lo = 80, hi = 100;

      if (s[1] == ':')
        {
          char *end = NULL;

          lo = (guint) g_ascii_strtoull (s + 2, &end, 10);
          hi = (guint) g_ascii_strtoull (end + 1, NULL, 10);
        }
      if (s[0] == 'N')
        {
          /* Counts spread over orders of magnitude: draw the logarithm. */
          double v = exp (log (lo) + rng_unit (&g->rng) * (log (hi + 1) - log (lo)));

          g_snprintf (buf, sizeof buf, "%u", CLAMP ((guint) v, lo, hi));
        }
      else if (s[0] == 'F')
        {
          guint tenths = rng_range (&g->rng, lo * 10, hi * 10);

          if (rng_chance (&g->rng, 0.2))
            g_snprintf (buf, sizeof buf, "%u.%02u", tenths / 10, (tenths % 10) * 10 + rng_range (&g->rng, 1, 9));
          else
            g_snprintf (buf, sizeof buf, "%u.%u", tenths / 10, tenths % 10);
        }
      else
        {
          guint tenths = rng_range (&g->rng, lo * 10, hi * 10);

          if (tenths >= 1000)
            g_snprintf (buf, sizeof buf, "100%%");
          else
            g_snprintf (buf, sizeof buf, "%u.%u%%", tenths / 10, tenths % 10);
        }
      put_number (g, out, buf);
      g->n_figures++;
    }
  else if (strcmp (s, "R") == 0)
    {
      static const char * const verbs[] = { "位居", "位列", "排名" };
      const char               *scope = rng_chance (&g->rng, 0.7) ? g->level : (rng_chance (&g->rng, 0.5) ? "市" : "省");

      g_string_append_printf (out, "%s全%s第%s", PICK (&g->rng, verbs), scope,
                              cn_digits[rng_range (&g->rng, 1, 5)]);
      g->n_figures++;
    }
  else if (strcmp (s, "Y") == 0 || strcmp (s, "Y1") == 0)
    {
      g_snprintf (buf, sizeof buf, "%d", g->year + (s[1] == '1'));
      put_number (g, out, buf);
    }
  else if (strcmp (s, "M") == 0)
    {
      g_snprintf (buf, sizeof buf, "%u", rng_range (&g->rng, 3, 11));
      put_number (g, out, buf);
    }
  else if (strcmp (s, "lv") == 0)
    g_string_append (out, g->level);
  else if (strcmp (s, "self") == 0)
    g_string_append (out, g->self);
  else if (strcmp (s, "org") == 0)
    g_string_append (out, g->org);
  else if (strcmp (s, "head") == 0)
    g_string_append (out, g->head);
  else if (strcmp (s, "sec") == 0)
    g_string_append (out, g->sections[rng_range (&g->rng, 0, 2)]);
  else if (strcmp (s, "dom") == 0)
    g_string_append (out, g->dept != NULL ? PICK (&g->rng, g->dept->domains)
                                          : PICK (&g->rng, government_domains));
  else
    g_error ("corpus: unknown template slot {%s}", s);
}

/* The '}' that closes the '{' at @open, counting nested slots. */
static const char *
find_close (const char *open)
{
  guint depth = 0;

  for (const char *p = open; *p != '\0'; p++)
    {
      if (*p == '{')
        depth++;
      else if (*p == '}' && --depth == 0)
        return p;
    }
  g_error ("corpus: unbalanced template %s", open);
}

static void
expand (Gen     *g,
        GString *out,
        const char *template)
{
  const char *p = template;

  while (*p != '\0')
    {
      const char *open = strchr (p, '{');
      const char *close;

      if (open == NULL)
        {
          g_string_append (out, p);
          return;
        }
      g_string_append_len (out, p, open - p);
      close = find_close (open);
      expand_slot (g, out, open + 1, close - open - 1);
      p = close + 1;
    }
}

static char *
expand_new (Gen *g,
            const char *template)
{
  GString *out = g_string_new (NULL);

  expand (g, out, template);
  return g_string_free (out, FALSE);
}

static guint
count_strv (const char * const *strv,
            guint               max)
{
  guint n = 0;

  while (n < max && strv[n] != NULL)
    n++;
  return n;
}

/* The number of strings in a NULL-padded array member. */
#define COUNT(array) count_strv ((array), G_N_ELEMENTS (array))

static const Area *
lookup_area (const char *slug)
{
  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    if (strcmp (areas[i].slug, slug) == 0)
      return &areas[i];
  g_assert_not_reached ();
}

/* Cycles through an area's sentences in a shuffled order, so a long
 * section repeats none before it has used them all. */
typedef struct
{
  guint order[10];
  guint n;
  guint next;
} Deck;

static void
deck_shuffle (Gen  *g,
              Deck *deck)
{
  for (guint i = 0; i < deck->n; i++)
    deck->order[i] = i;
  for (guint i = deck->n; i > 1; i--)
    {
      guint j = rng_range (&g->rng, 0, i - 1);
      guint t = deck->order[i - 1];

      deck->order[i - 1] = deck->order[j];
      deck->order[j] = t;
    }
  deck->next = 0;
}

/* Fillers only in plain paragraphs: after 一是 they read wrong. */
static void
append_sentence (Gen        *g,
                 GString    *out,
                 const Area *area,
                 Deck       *deck,
                 gboolean    filler_ok)
{
  if (filler_ok && rng_chance (&g->rng, 0.2))
    {
      expand (g, out, PICK (&g->rng, fillers));
      return;
    }
  if (deck->next >= deck->n)
    deck_shuffle (g, deck);
  expand (g, out, area->sentences[deck->order[deck->next++]]);
}

static const char *
next_lead (Gen        *g,
           const Area *area,
           Deck       *leads)
{
  if (leads->next >= leads->n)
    deck_shuffle (g, leads);
  return area->leads[leads->order[leads->next++]];
}

static const char *
run_in_marker (guint n)
{
  /* clang-format off */
  static const char * const markers[] = {
    "一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是",
  };
  /* clang-format on */

  return markers[MIN (n, G_N_ELEMENTS (markers)) - 1];
}

/* Item markers inside an area: what does not clash with its heading. */
static void
put_item_marker (Gen     *g,
                 GString *out,
                 guint    n,
                 guint    style)
{
  char buf[16];

  switch (style)
    {
    case 0:
      g_snprintf (buf, sizeof buf, "%u.", n);
      put_number (g, out, buf);
      break;
    case 1:
      g_snprintf (buf, sizeof buf, "%u", n);
      put_number (g, out, buf);
      g_string_append (out, "、");
      break;
    case 2:
      g_string_append (out, circled[MIN (n, 10) - 1]);
      break;
    default:
      g_string_append_printf (out, "（%u）", n);
      break;
    }
}

/* The measures sub-section of one area. */
static void
gen_area (Gen        *g,
          GPtrArray  *paras,
          const Area *area,
          guint       number,
          gsize       budget)
{
  const char * const *headings = g->outline_2021 ? area->headings_2021 : area->headings_2015;
  GString            *heading = g_string_new (NULL);
  Deck                deck = { .n = COUNT (area->sentences) };
  Deck                leads = { .n = COUNT (area->leads) };
  gboolean            used_run_in = FALSE, used_items = FALSE;
  gsize               size = 0;
  guint               item_style;
  guint               item = 0;

  deck_shuffle (g, &deck);
  deck_shuffle (g, &leads);

  switch (g->area_mark)
    {
    case AREA_MARK_CN_PAREN:
      {
        gboolean half = (g->style & CORPUS_STYLE_HALFWIDTH_PAREN) != 0;

        g_string_append (heading, half ? "(" : "（");
        put_cn_number (heading, number);
        g_string_append (heading, half ? ")" : "）");
      }
      item_style = rng_range (&g->rng, 0, 2);
      break;
    case AREA_MARK_NUM_DOT:
    case AREA_MARK_NUM_DUN:
      {
        char buf[8];

        g_snprintf (buf, sizeof buf, "%u%s", number, g->area_mark == AREA_MARK_NUM_DOT ? "." : "");
        put_number (g, heading, buf);
        if (g->area_mark == AREA_MARK_NUM_DUN)
          g_string_append (heading, "、");
        item_style = rng_chance (&g->rng, 0.5) ? 2 : 3;
      }
      break;
    default:
      g_assert_not_reached ();
    }
  expand (g, heading, headings[rng_range (&g->rng, 0, count_strv (headings, G_N_ELEMENTS (area->headings_2015)) - 1)]);
  if (rng_chance (&g->rng, 0.15))
    g_string_append (heading, "情况");
  add_para (paras, PARA_HEADING, g_string_free (heading, FALSE));

  /* A plain paragraph of 2–6 sentences, or (at most once per area each)
   * run-in items 一是…二是… or numbered items, each its own paragraph. */
  do
    {
      double shape = rng_unit (&g->rng);

      gsize left = budget > size ? budget - size : 0;

      /* Keep near the budget: the size distribution is part of what is
       * measured. A sentence is ~130 bytes. */
      if (size > 0 && left < 130)
        break;
      if (shape >= 0.55 && shape < 0.8 && !used_run_in && (size == 0 || left > 300))
        {
          GString *body = g_string_new (NULL);
          guint    n = rng_range (&g->rng, 2, 4);

          for (guint i = 1; i <= n; i++)
            {
              g_string_append (body, run_in_marker (i));
              if (rng_chance (&g->rng, 0.5))
                {
                  g_string_append (body, next_lead (g, area, &leads));
                  g_string_append (body, "。");
                }
              append_sentence (g, body, area, &deck, FALSE);
            }
          size += body->len;
          add_para (paras, PARA_BODY, g_string_free (body, FALSE));
          used_run_in = TRUE;
        }
      else if (shape >= 0.8 && !used_items && (size == 0 || left > 400))
        {
          guint n = rng_range (&g->rng, 2, CLAMP (left / 200, 2, 4));

          for (guint i = 0; i < n; i++)
            {
              GString *itext = g_string_new (NULL);
              guint    sentences = rng_range (&g->rng, 1, 2);

              put_item_marker (g, itext, ++item, item_style);
              g_string_append (itext, next_lead (g, area, &leads));
              g_string_append (itext, "。");
              for (guint s = 0; s < sentences; s++)
                append_sentence (g, itext, area, &deck, FALSE);
              size += itext->len;
              add_para (paras, PARA_BODY, g_string_free (itext, FALSE));
            }
          used_items = TRUE;
        }
      else
        {
          GString *body = g_string_new (NULL);
          guint    n = rng_range (&g->rng, 2, CLAMP (left / 130, 2, 6));

          for (guint i = 0; i < n; i++)
            append_sentence (g, body, area, &deck, TRUE);
          size += body->len;
          add_para (paras, PARA_BODY, g_string_free (body, FALSE));
        }
    }
  while (size < budget);
}

/* Items of the shortcomings or plans part, in the report's style. */
static void
gen_items (Gen        *g,
           GPtrArray  *paras,
           const Item *pool,
           guint       n_pool,
           guint       n_items)
{
  guint    chosen[16];
  guint    shape = rng_range (&g->rng, 0, 2);
  GString *run_in = NULL;

  g_assert (n_items <= n_pool && n_pool <= G_N_ELEMENTS (chosen));

  /* n_items distinct items, in pool order */
  for (guint i = 0; i < n_pool; i++)
    chosen[i] = i;
  for (guint i = 0; i < n_items; i++)
    {
      guint j = rng_range (&g->rng, i, n_pool - 1);
      guint t = chosen[i];

      chosen[i] = chosen[j];
      chosen[j] = t;
    }

  if (shape == 2)
    run_in = g_string_new (NULL);
  for (guint i = 0; i < n_items; i++)
    {
      const Item *it = &pool[chosen[i]];

      if (shape == 2)
        {
          g_string_append (run_in, run_in_marker (i + 1));
          expand (g, run_in, it->text);
        }
      else
        {
          GString *text = g_string_new (NULL);

          if (shape == 0)
            {
              if (g->style & CORPUS_STYLE_HALFWIDTH_PAREN)
                g_string_append_c (text, '(');
              else
                g_string_append (text, "（");
              put_cn_number (text, i + 1);
              if (g->style & CORPUS_STYLE_HALFWIDTH_PAREN)
                g_string_append_c (text, ')');
              else
                g_string_append (text, "）");
            }
          else
            put_item_marker (g, text, i + 1, 0);
          g_string_append (text, it->lead);
          g_string_append (text, "。");
          expand (g, text, it->text);
          add_para (paras, PARA_BODY, g_string_free (text, FALSE));
        }
    }
  if (run_in != NULL)
    add_para (paras, PARA_BODY, g_string_free (run_in, FALSE));
}

static void
gen_shortcomings (Gen       *g,
                  GPtrArray *paras,
                  gboolean   small)
{
  static const char * const headings[] = {
    "存在的不足和原因",
    "存在的问题和不足",
    "存在的主要问题",
    "工作中存在的不足",
  };

  add_para (paras, PARA_PART, g_strdup (PICK (&g->rng, headings)));
  if (!small && rng_chance (&g->rng, 0.5))
    add_para (paras, PARA_BODY,
              expand_new (g, "对照法治政府建设目标任务，{self}工作还存在一些不足，主要表现在："));
  gen_items (g, paras, shortcomings, G_N_ELEMENTS (shortcomings), 3);
  if (!small && rng_chance (&g->rng, 0.6))
    add_para (paras, PARA_BODY,
              expand_new (g, "究其原因，主要是{对法治政府建设的长期性、艰巨性认识不足|基础性工作投入不够|人才队伍建设滞后于工作需要}，"
                             "{推进落实的办法还不多|统筹协调的力度还不够|考核督促的手段还不够有力}。"));
}

static void
gen_responsibility (Gen       *g,
                    GPtrArray *paras,
                    gboolean   small)
{
  guint       order[G_N_ELEMENTS (duty_sentences)];
  guint       n = small ? rng_range (&g->rng, 3, 4) : rng_range (&g->rng, 4, G_N_ELEMENTS (duty_sentences));
  GString    *body = g_string_new (NULL);
  const char *heading;

  if (g->dept == NULL)
    heading = "党政主要负责人履行推进法治建设第一责任人职责情况";
  else if (rng_chance (&g->rng, 0.5))
    heading = g->dept->committee ? "委主要负责人履行推进法治建设第一责任人职责情况"
                                 : "局主要负责人履行推进法治建设第一责任人职责情况";
  else
    heading = "主要负责人履行推进法治建设第一责任人职责情况";
  add_para (paras, PARA_PART, g_strdup (heading));

  /* The first sentence names who; the rest follow in any order. */
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    order[i] = i;
  for (guint i = G_N_ELEMENTS (order); i > 2; i--)
    {
      guint j = rng_range (&g->rng, 1, i - 1);
      guint t = order[i - 1];

      order[i - 1] = order[j];
      order[j] = t;
    }
  for (guint i = 0; i < n; i++)
    {
      expand (g, body, duty_sentences[order[i]]);
      /* Long reports break the part into two paragraphs. */
      if (!small && i == n / 2 && rng_chance (&g->rng, 0.5))
        {
          add_para (paras, PARA_BODY, g_string_free (body, FALSE));
          body = g_string_new (NULL);
        }
    }
  add_para (paras, PARA_BODY, g_string_free (body, FALSE));
}

static void
gen_plans (Gen       *g,
           GPtrArray *paras,
           gboolean   small)
{
  static const char * const headings[] = {
    "{Y1}年工作安排",
    "下一年度工作打算",
    "{Y1}年法治政府建设工作思路",
    "下一步工作计划",
  };

  add_para (paras, PARA_PART, expand_new (g, PICK (&g->rng, headings)));
  if (!small && rng_chance (&g->rng, 0.6))
    add_para (paras, PARA_BODY,
              expand_new (g, "{Y1}年，{self}将{持续|继续}深入学习贯彻习近平法治思想，重点抓好以下工作："));
  gen_items (g, paras, plans, G_N_ELEMENTS (plans), 4);
}

static void
gen_measures (Gen       *g,
              GPtrArray *paras,
              gsize      budget,
              gboolean   small,
              GPtrArray *slugs)
{
  static const char * const headings[] = {
    "{Y}年法治政府建设主要举措和成效",
    "主要举措和成效",
    "{Y}年度法治政府建设工作情况",
    "法治政府建设工作开展情况",
    "{Y}年主要工作及成效",
  };
  const char * const *order = g->outline_2021 ? areas_2021 : areas_2015;
  guint               n = g->outline_2021 ? G_N_ELEMENTS (areas_2021) : G_N_ELEMENTS (areas_2015);
  gsize               per_area;

  add_para (paras, PARA_PART, expand_new (g, PICK (&g->rng, headings)));
  if (!small && rng_chance (&g->rng, 0.5))
    {
      char *overview = expand_new (g, "全年，{self}承担的{lv}级法治政府建设任务{N:10:60}项全部按期完成，"
                                      "年度法治政府建设考核结果{R}。");

      budget -= MIN (budget, strlen (overview));
      add_para (paras, PARA_BODY, overview);
    }

  per_area = budget / n;
  for (guint i = 0; i < n; i++)
    {
      gen_area (g, paras, lookup_area (order[i]), i + 1, per_area);
      g_ptr_array_add (slugs, (gpointer) order[i]);
    }
}

static void
gen_front (Gen       *g,
           GPtrArray *paras,
           gboolean   small)
{
  static const char * const titles[] = {
    "关于{Y}年度法治政府建设情况的报告",
    "关于{Y}年法治政府建设工作情况和{Y1}年工作安排的报告",
    "{Y}年度法治政府建设情况报告",
    "关于{Y}年法治政府建设工作的报告",
  };
  const char *title = PICK (&g->rng, titles);
  GString    *s = g_string_new (NULL);

  /* Agency on its own line above the title, or leading the title. */
  if (rng_chance (&g->rng, 0.5))
    {
      add_para (paras, PARA_FRONT, g_strdup (g->agency));
      expand (g, s, title);
    }
  else
    {
      g_string_append (s, g->agency);
      expand (g, s, title);
    }
  add_para (paras, PARA_FRONT, g_string_free (s, FALSE));

  if (g->dept == NULL)
    {
      const char *upper = strcmp (g->level, "市") == 0 ? PICK (&g->rng, provinces) : "市";

      add_para (paras, PARA_FRONT,
                g_strdup_printf (rng_chance (&g->rng, 0.5) ? "%s人民政府：" : "%s委、%s政府：",
                                 upper, upper));
    }
  else
    {
      static const char * const addressees[] = {
        "{lv}人民政府：",
        "{lv}政府：",
        "{lv}委、{lv}政府：",
        "{lv}委全面依法治{lv}委员会办公室：",
      };

      add_para (paras, PARA_FRONT, expand_new (g, PICK (&g->rng, addressees)));
    }

  s = g_string_new (NULL);
  expand (g, s, "{Y}年，{org}在{lv}委、{lv}政府的{正确|坚强}领导下，坚持以习近平法治思想为指导，认真贯彻落实");
  g_string_append (s, g->outline_2021 ? "《法治政府建设实施纲要（2021—2025年）》"
                                      : "《法治政府建设实施纲要（2015—2020年）》");
  expand (g, s, "，{围绕中心、服务大局|紧扣年度目标任务|聚焦群众关切}，扎实推进法治政府建设各项工作。");
  if (!small && rng_chance (&g->rng, 0.5))
    expand (g, s, "全年依法行政工作总体平稳，未发生因违法行政被追责的情况。");
  expand (g, s, "{现将{Y}年度法治政府建设情况报告如下：|现将有关情况报告如下。}");
  add_para (paras, PARA_BODY, g_string_free (s, FALSE));
}

static void
gen_closing (Gen       *g,
             GPtrArray *paras)
{
  guint    month = rng_range (&g->rng, 1, 2);
  guint    day = rng_range (&g->rng, month == 1 ? 5 : 1, 28);
  GString *date = g_string_new (NULL);
  char     buf[8];

  add_para (paras, PARA_CLOSING, g_strdup (g->agency));
  if (g->style & CORPUS_STYLE_CN_DATE)
    {
      g_snprintf (buf, sizeof buf, "%d", g->year + 1);
      for (const char *p = buf; *p != '\0'; p++)
        g_string_append (date, cn_digits[*p - '0']);
      g_string_append (date, "年");
      put_cn_number (date, month);
      g_string_append (date, "月");
      put_cn_number (date, day);
      g_string_append (date, "日");
    }
  else
    {
      g_snprintf (buf, sizeof buf, "%d", g->year + 1);
      put_number (g, date, buf);
      g_string_append (date, "年");
      g_snprintf (buf, sizeof buf, "%u", month);
      put_number (g, date, buf);
      g_string_append (date, "月");
      g_snprintf (buf, sizeof buf, "%u", day);
      put_number (g, date, buf);
      g_string_append (date, "日");
    }
  add_para (paras, PARA_CLOSING, g_string_free (date, FALSE));
}

/* ------------------------------------------------------------------ */
/* Layout                                                              */
/* ------------------------------------------------------------------ */

typedef struct
{
  Gen     *g;
  GString *out;
  guint    wrap;        /* characters per line, 0 for none */
  gboolean blank_lines; /* a blank line between paragraphs */
  gboolean indent;      /* 　　 at the start of body paragraphs */
  gsize    page_size;   /* bytes per page, 0 for no page artifacts */
  gsize    on_page;
  guint    page;
} Layout;

static void
emit_line_block (Layout     *layout,
                 const char *text,
                 gsize       length)
{
  const char *p = text;
  const char *end = text + length;

  if (layout->wrap == 0)
    {
      g_string_append_len (layout->out, text, length);
      g_string_append_c (layout->out, '\n');
      return;
    }
  while (p < end)
    {
      const char *q = p;

      for (guint n = 0; n < layout->wrap && q < end; n++)
        q = g_utf8_next_char (q);
      g_string_append_len (layout->out, p, q - p);
      g_string_append_c (layout->out, '\n');
      p = q;
    }
}

static void
emit_page_number (Layout *layout)
{
  static const char * const formats[] = { "— %u —", "-%u-", "- %u -", "第 %u 页" };
  const char               *format = PICK (&layout->g->rng, formats);

  /* The caller has left a blank line; one follows the number. */
  g_string_append_printf (layout->out, format, ++layout->page);
  g_string_append (layout->out, "\n\n");
  layout->on_page = 0;
}

static void
emit_para (Layout     *layout,
           const Para *para)
{
  Gen                *g = layout->g;
  gboolean            body = para->kind == PARA_BODY;
  g_autoptr (GString) text = g_string_new (NULL);

  if (body && layout->indent)
    g_string_append (text, "　　");
  g_string_append (text, para->text);

  if (layout->page_size > 0 && layout->on_page + text->len > layout->page_size && body &&
      text->len > 60 && rng_chance (&g->rng, 0.7))
    {
      /* The page ends inside the paragraph: the text is split across a
       * blank line, often right before a number ("总量达" / "690 家"),
       * and a page number may sit in the gap. */
      gsize       at = MIN (text->len - 1, layout->page_size > layout->on_page ? layout->page_size - layout->on_page : 0);
      const char *split = g_utf8_find_prev_char (text->str, text->str + MAX (at, 3));

      if (rng_chance (&g->rng, 0.5))
        {
          const char *digit = split;

          while (*digit != '\0' && !g_ascii_isdigit (*digit))
            digit++;
          if (*digit != '\0' && digit > text->str + 3)
            split = digit;
        }
      if (split == NULL || split <= text->str)
        split = g_utf8_next_char (text->str);
      emit_line_block (layout, text->str, split - text->str);
      g_string_append_c (layout->out, '\n');
      if (rng_chance (&g->rng, 0.5))
        emit_page_number (layout);
      else
        {
          layout->page++;
          layout->on_page = 0;
        }
      emit_line_block (layout, split, text->str + text->len - split);
      layout->on_page += text->str + text->len - split;
    }
  else
    {
      emit_line_block (layout, text->str, text->len);
      layout->on_page += text->len;
      if (layout->page_size > 0 && layout->on_page > layout->page_size)
        {
          g_string_append_c (layout->out, '\n');
          emit_page_number (layout);
          return;
        }
    }
  if (layout->blank_lines)
    g_string_append_c (layout->out, '\n');
}

/* ------------------------------------------------------------------ */
/* Public                                                              */
/* ------------------------------------------------------------------ */

CorpusReport *
corpus_report_generate (guint64 seed,
                        guint   index)
{
  Gen                   g = { 0 };
  g_autoptr (GPtrArray) front = g_ptr_array_new_with_free_func (para_free);
  g_autoptr (GPtrArray) measures = g_ptr_array_new_with_free_func (para_free);
  g_autoptr (GPtrArray) shortcoming = g_ptr_array_new_with_free_func (para_free);
  g_autoptr (GPtrArray) responsibility = g_ptr_array_new_with_free_func (para_free);
  g_autoptr (GPtrArray) plan = g_ptr_array_new_with_free_func (para_free);
  g_autoptr (GPtrArray) closing = g_ptr_array_new_with_free_func (para_free);
  GPtrArray            *parts[4];
  CorpusReport         *report;
  Layout                layout = { 0 };
  gsize                 target, fixed;
  gboolean              small;
  double                r;

  g.rng.state = seed ^ ((guint64) index * G_GUINT64_CONSTANT (0xD1B54A32D192ED03));
  rng_next (&g.rng);

  /* Sizes: log-normal, median ~13 KB, kept within 4–30 KB. */
  r = exp (log (12500.0) + 0.45 * rng_normal (&g.rng)); /* once: CLAMP evaluates twice */
  target = (gsize) CLAMP (r, 4000.0, 30000.0);
  small = target < 8000;

  g.place = &PICK (&g.rng, places);
  g.level = g.place->level;
  g.outline_2021 = rng_chance (&g.rng, 0.5);
  g.year = g.outline_2021 ? (int) rng_range (&g.rng, 2021, 2025) : (int) rng_range (&g.rng, 2016, 2020);

  if (rng_chance (&g.rng, 0.1))
    {
      g.style |= CORPUS_STYLE_GOVERNMENT;
      g.agency = g_strdup_printf ("%s人民政府", g.place->name);
      g.org = g_strdup_printf ("%s政府", g.level);
      g.self = strcmp (g.level, "市") == 0 ? "我市" : (strcmp (g.level, "县") == 0 ? "我县" : "我区");
      g.head = g_strdup_printf ("%s政府主要负责人", g.level);
      g.sections[0] = "司法局";
      g.sections[1] = "政府办公室";
      g.sections[2] = "政务服务中心";
    }
  else
    {
      const char *unit = strcmp (g.level, "县") == 0 ? "股" : "科";

      g.dept = &PICK (&g.rng, departments);
      g.agency = g_strconcat (g.place->name, g.dept->name, NULL);
      g.org = g_strconcat (g.level, g.dept->name, NULL);
      g.self = g.dept->committee ? "我委" : "我局";
      g.head = g_strdup (g.dept->committee ? "委党组书记、主任" : "局党组书记、局长");
      g.sections[0] = g_intern_string (rng_chance (&g.rng, 0.5) ? (strcmp (unit, "股") == 0 ? "法规股" : "法规科")
                                                                : (strcmp (unit, "股") == 0 ? "政策法规股" : "政策法规科"));
      g.sections[1] = "办公室";
      g.sections[2] = g_intern_string (strcmp (unit, "股") == 0 ? "执法监督股" : "执法监督科");
    }

  /* Layout quirks, independently, at rates like a real collection. */
  r = rng_unit (&g.rng);
  if (r < 0.25)
    g.style |= CORPUS_STYLE_HALFWIDTH_PAREN;
  else if (r < 0.37)
    g.style |= CORPUS_STYLE_NUMBERED_AREAS;
  g.area_mark = (g.style & CORPUS_STYLE_NUMBERED_AREAS)
                  ? (rng_chance (&g.rng, 0.5) ? AREA_MARK_NUM_DOT : AREA_MARK_NUM_DUN)
                  : AREA_MARK_CN_PAREN;
  if (rng_chance (&g.rng, 0.2))
    g.style |= CORPUS_STYLE_PAGE_BREAKS;
  if (rng_chance (&g.rng, 0.12))
    {
      g.style |= CORPUS_STYLE_FULLWIDTH;
      g.fullwidth = 0.3 + 0.7 * rng_unit (&g.rng);
    }
  if (rng_chance (&g.rng, 0.15))
    g.style |= CORPUS_STYLE_HARD_WRAP;
  if (rng_chance (&g.rng, 0.1))
    g.style |= CORPUS_STYLE_PDF_SPACES;
  if (rng_chance (&g.rng, 0.1))
    g.style |= CORPUS_STYLE_CRLF;
  if (rng_chance (&g.rng, 0.05))
    g.style |= CORPUS_STYLE_BOM;
  if (rng_chance (&g.rng, 0.2))
    g.style |= CORPUS_STYLE_RESP_FIRST;
  if (rng_chance (&g.rng, 0.15))
    g.style |= CORPUS_STYLE_CN_DATE;

  report = g_new0 (CorpusReport, 1);
  report->year = g.year;
  report->framework = g.outline_2021 ? "outline-2021" : "outline-2015";
  report->areas = g_ptr_array_new ();

  gen_front (&g, front, small);
  gen_shortcomings (&g, shortcoming, small);
  gen_responsibility (&g, responsibility, small);
  gen_plans (&g, plan, small);
  gen_closing (&g, closing);
  fixed = paras_size (front) + paras_size (shortcoming) + paras_size (responsibility) +
          paras_size (plan) + paras_size (closing);
  gen_measures (&g, measures, target > fixed ? target - fixed : 0, small, report->areas);

  if (g.style & CORPUS_STYLE_RESP_FIRST)
    {
      parts[0] = responsibility, parts[1] = measures, parts[2] = shortcoming, parts[3] = plan;
    }
  else
    {
      parts[0] = measures, parts[1] = shortcoming, parts[2] = responsibility, parts[3] = plan;
    }

  layout.g = &g;
  layout.out = g_string_sized_new (target + 4096);
  layout.blank_lines = rng_chance (&g.rng, 0.75);
  layout.indent = rng_chance (&g.rng, 0.15);
  if (g.style & CORPUS_STYLE_HARD_WRAP)
    {
      layout.wrap = rng_range (&g.rng, 33, 37);
      layout.blank_lines = rng_chance (&g.rng, 0.3);
    }
  if (g.style & CORPUS_STYLE_PAGE_BREAKS)
    layout.page_size = rng_range (&g.rng, 1800, 2600);
  layout.page = 1;

  if (g.style & CORPUS_STYLE_BOM)
    g_string_append (layout.out, "\xEF\xBB\xBF");
  for (guint i = 0; i < front->len; i++)
    emit_para (&layout, g_ptr_array_index (front, i));
  for (guint p = 0; p < G_N_ELEMENTS (parts); p++)
    for (guint i = 0; i < parts[p]->len; i++)
      {
        Para *para = g_ptr_array_index (parts[p], i);

        if (para->kind == PARA_PART)
          {
            Para     marked = { PARA_HEADING, NULL };
            GString *s = g_string_new (NULL);

            put_cn_number (s, p + 1);
            g_string_append (s, "、");
            g_string_append (s, para->text);
            marked.text = g_string_free (s, FALSE);
            emit_para (&layout, &marked);
            g_free (marked.text);
          }
        else
          emit_para (&layout, para);
      }
  for (guint i = 0; i < closing->len; i++)
    emit_para (&layout, g_ptr_array_index (closing, i));

  if (g.style & CORPUS_STYLE_CRLF)
    g_string_replace (layout.out, "\n", "\r\n", 0);

  report->n_figures = g.n_figures;
  report->style = g.style;
  report->bytes = g_string_free_to_bytes (layout.out);

  g_free (g.agency);
  g_free (g.org);
  g_free (g.head);
  return report;
}

void
corpus_report_free (CorpusReport *report)
{
  if (report == NULL)
    return;
  g_bytes_unref (report->bytes);
  g_ptr_array_unref (report->areas);
  g_free (report);
}

const char *
corpus_style_name (CorpusStyle style)
{
  switch (style)
    {
    /* clang-format off */
    case CORPUS_STYLE_HALFWIDTH_PAREN: return "half-width (一)";
    case CORPUS_STYLE_NUMBERED_AREAS:  return "1. / 1、 area headings";
    case CORPUS_STYLE_PAGE_BREAKS:     return "page-break artifacts";
    case CORPUS_STYLE_FULLWIDTH:       return "full-width digits";
    case CORPUS_STYLE_HARD_WRAP:       return "hard-wrapped ~35 chars";
    case CORPUS_STYLE_PDF_SPACES:      return "PDF spacing (2022 年, 1 286 件)";
    case CORPUS_STYLE_CRLF:            return "CRLF line ends";
    case CORPUS_STYLE_BOM:             return "UTF-8 BOM";
    case CORPUS_STYLE_RESP_FIRST:      return "responsibility part first";
    case CORPUS_STYLE_GOVERNMENT:      return "government (not department)";
    case CORPUS_STYLE_CN_DATE:         return "date in Chinese numerals";
    default:                           return "?";
      /* clang-format on */
    }
}
