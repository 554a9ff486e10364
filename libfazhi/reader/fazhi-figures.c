/* fazhi-figures.c: the numbers a report gives as evidence
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A figure is a number with a unit ("75.46亿元", "两次", "29.7%"), a rank
 * ("位列全市第二") or a ratio ("1:3"). Numbers without one (years,
 * hotlines, codes, headings) are not figures.
 *
 * The scan reads each paragraph once, byte by byte. It only looks closer
 * at ASCII digits and at the few CJK characters that can start a number,
 * a rank or a clause boundary, and it allocates nothing but the figures
 * it emits. Subjects come from the clause around the number; the word
 * lists below strip what reports say around a figure (全年, 累计, 达到…)
 * and keep the noun phrase. They are indexed by their first and last
 * character, because looking words up is most of the work per figure.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "fazhi-evidence-private.h"

/* Word lists -------------------------------------------------------- */

/* Every word is made of three-byte (CJK) characters, so a character is
 * its three bytes and the lists can be indexed by them. @tag carries a
 * FazhiFigureKind for units and a FazhiFigureQualifier for qualifiers. */
typedef struct
{
  const char *text;
  guint8      length;
  guint8      tag;
} Word;

/* clang-format off */
#define W(lit)      { lit, sizeof (lit) - 1, 0 }
#define T(lit, tag) { lit, sizeof (lit) - 1, tag }
/* clang-format on */

/* Entries of the class tables below: one for each value of the low
 * twelve bits of a code point (see filter_bit ()). */
#define FILTER_BITS 4096

/* The words that start (or end) with one character: a run of the
 * sorted copy. A small open-addressing table finds the run from the
 * character in a probe or two, where a binary search took eight. */
typedef struct
{
  guint32 key;   /* char_key () of the character; 0 for an empty slot */
  guint8  first; /* index of the run's first (longest) word */
  guint8  count; /* words in the run */
} Slot;

/* Twice the words, rounded up to a power of two, so that probes stay
 * short; no list has more than 255 words (a Slot indexes them with a
 * byte). */
/* clang-format off */
#define SLOTS_FOR(n) \
  ((n) <= 4 ? 8 : (n) <= 8 ? 16 : (n) <= 16 ? 32 : (n) <= 32 ? 64 : (n) <= 64 ? 128 : (n) <= 128 ? 256 : 512)
/* clang-format on */

typedef struct
{
  const Word *words;
  guint       n_words;
  Word       *by_first; /* copy sorted by first character, longest first */
  Word       *by_last;  /* copy sorted by last character, longest first */
  Slot       *first_slots;
  Slot       *last_slots;
  guint       slot_mask;
  guint32     flag; /* this lexicon's bit in first_class and last_class */
} Lexicon;

/* clang-format off */
#define LEXICON(name, ...) \
  static const Word name##_words[] = { __VA_ARGS__ }; \
  G_STATIC_ASSERT (G_N_ELEMENTS (name##_words) < 256); \
  static Word       name##_by_first[G_N_ELEMENTS (name##_words)]; \
  static Word       name##_by_last[G_N_ELEMENTS (name##_words)]; \
  static Slot       name##_first_slots[SLOTS_FOR (G_N_ELEMENTS (name##_words))]; \
  static Slot       name##_last_slots[SLOTS_FOR (G_N_ELEMENTS (name##_words))]; \
  static Lexicon    name = { name##_words, G_N_ELEMENTS (name##_words), name##_by_first, name##_by_last, \
                             name##_first_slots, name##_last_slots, \
                             SLOTS_FOR (G_N_ELEMENTS (name##_words)) - 1, 0 }
/* clang-format on */

#define COUNT      FAZHI_FIGURE_KIND_COUNT
#define MONEY      FAZHI_FIGURE_KIND_MONEY
#define PERCENTAGE FAZHI_FIGURE_KIND_PERCENTAGE
#define AREA       FAZHI_FIGURE_KIND_AREA

/* Units as written after the number and after an optional 万 or 亿 (the
 * lookup takes those off first, so 万件, 亿元 and 万平方米 need no entry).
 * Anything else after a number (年, 月, 日, 时, 号, 岁, 届, 级, 版…)
 * makes it no figure. */
/* clang-format off */
LEXICON (units,
  T ("千万元", MONEY), T ("百万元", MONEY), T ("千元", MONEY), T ("元", MONEY),
  T ("美元", MONEY),
  T ("平方米", AREA), T ("平方公里", AREA), T ("平方千米", AREA), T ("公顷", AREA), T ("亩", AREA),
  T ("个百分点", PERCENTAGE), T ("‰", PERCENTAGE),
  T ("人次", COUNT), T ("场次", COUNT), T ("件次", COUNT), T ("户次", COUNT), T ("家次", COUNT),
  T ("批次", COUNT), T ("车次", COUNT), T ("班次", COUNT), T ("架次", COUNT),
  T ("个工作日", COUNT), T ("个季度", COUNT), T ("个月", COUNT), T ("课时", COUNT), T ("学时", COUNT),
  T ("家", COUNT), T ("项", COUNT), T ("个", COUNT), T ("人", COUNT), T ("名", COUNT),
  T ("次", COUNT), T ("件", COUNT), T ("场", COUNT), T ("期", COUNT), T ("篇", COUNT),
  T ("条", COUNT), T ("份", COUNT), T ("部", COUNT), T ("批", COUNT), T ("户", COUNT),
  T ("所", COUNT), T ("处", COUNT), T ("起", COUNT), T ("宗", COUNT), T ("座", COUNT),
  T ("台", COUNT), T ("辆", COUNT), T ("套", COUNT), T ("本", COUNT), T ("册", COUNT),
  T ("类", COUNT), T ("种", COUNT), T ("门", COUNT), T ("节", COUNT), T ("卷", COUNT),
  T ("位", COUNT), T ("笔", COUNT), T ("例", COUNT), T ("张", COUNT), T ("支", COUNT),
  T ("轮", COUNT));
/* clang-format on */

#undef COUNT
#undef MONEY
#undef PERCENTAGE
#undef AREA

/* Words that start like a unit but are not one: 5期间 is no count. */
LEXICON (not_units, W ("期间"), W ("位于"), W ("名称"), W ("次日"), W ("条例"));

/* Money words that make a bare 万 or 亿 mean 万元 or 亿元 ("投入资金 1723 万"). */
/* clang-format off */
LEXICON (money_words,
  W ("资金"), W ("经费"), W ("投入"), W ("金额"), W ("资助"), W ("补助"), W ("奖励"),
  W ("补贴"), W ("预算"), W ("贷款"), W ("拨付"));
/* clang-format on */

#define AT_LEAST    FAZHI_FIGURE_QUALIFIER_AT_LEAST
#define AT_MOST     FAZHI_FIGURE_QUALIFIER_AT_MOST
#define APPROXIMATE FAZHI_FIGURE_QUALIFIER_APPROXIMATE

/* Right before the number: "超84家", "约 3 万人". */
/* clang-format off */
LEXICON (prefix_qualifiers,
  T ("不少于", AT_LEAST), T ("不低于", AT_LEAST), T ("不超过", AT_MOST), T ("不高于", AT_MOST),
  T ("超过", AT_LEAST), T ("至少", AT_LEAST), T ("不到", AT_MOST), T ("不足", AT_MOST),
  T ("最多", AT_MOST), T ("大约", APPROXIMATE), T ("将近", APPROXIMATE), T ("接近", APPROXIMATE),
  T ("约", APPROXIMATE), T ("近", APPROXIMATE), T ("超", AT_LEAST), T ("逾", AT_LEAST));
/* clang-format on */

/* Right after the unit: "2次以上", "3.2%以内". */
LEXICON (suffix_qualifiers,
         T ("以上", AT_LEAST),
         T ("以下", AT_MOST),
         T ("以内", AT_MOST),
         T ("左右", APPROXIMATE));

#undef AT_LEAST
#undef AT_MOST
#undef APPROXIMATE

/* Stripped from the end of the text before a number, repeatedly. */
/* clang-format off */
LEXICON (tail_links,
  W ("均达到"), W ("均达"), W ("均为"), W ("均是"), W ("分别为"), W ("分别达"), W ("分别"),
  W ("控制在"), W ("保持在"), W ("稳定在"), W ("达到"), W ("总计"), W ("共计"), W ("合计"),
  W ("累计"), W ("共有"), W ("现有"), W ("拥有"), W ("超过"), W ("不少于"), W ("不低于"),
  W ("至少"), W ("不超过"), W ("不高于"), W ("不到"), W ("不足"), W ("最多"), W ("大约"),
  W ("将近"), W ("接近"), W ("约为"), W ("高达"), W ("多达"), W ("实现"), W ("完成"), W ("占"),
  W ("平均"), W ("缩短"), W ("压缩"), W ("压减"), W ("缩减"), W ("精简"), W ("提高"),
  W ("提升"), W ("增长"), W ("增加"), W ("上升"), W ("下降"), W ("减少"), W ("降低"),
  W ("前移"), W ("连续"), W ("约"), W ("近"), W ("超"), W ("逾"), W ("达"), W ("为"),
  W ("是"), W ("共"), W ("计"), W ("至"), W ("到"), W ("了"), W ("仅"), W ("即"));
/* clang-format on */

/* Two-character words whose one character is also a link or a stop:
 * 行为 keeps its 为, 涉及 does not end at 及. */
/* clang-format off */
LEXICON (compounds,
  W ("行为"), W ("作为"), W ("认为"), W ("成为"), W ("为民"), W ("公共"), W ("统计"),
  W ("设计"), W ("会计"), W ("审计"), W ("公约"), W ("合约"), W ("条约"), W ("制约"),
  W ("节约"), W ("附近"), W ("最近"), W ("临近"), W ("就近"), W ("报到"), W ("参与"),
  W ("涉及"), W ("以及"), W ("平等"), W ("等级"), W ("存在"), W ("现在"), W ("所有"),
  W ("有关"), W ("具有"), W ("针对"), W ("对象"), W ("方向"), W ("目的"), W ("和谐"),
  W ("把关"), W ("将来"), W ("已经"), W ("共同"), W ("从事"), W ("从业"), W ("从严"),
  W ("从重"), W ("从而"), W ("由于"), W ("由此"), W ("比较"), W ("较大"), W ("较好"), W ("较多"),
  W ("较高"), W ("较为"), W ("较强"));
/* clang-format on */

/* The thing counted comes after the number: "违法建设和 42 起…",
 * "确定的九个方面". */
LEXICON (conjunctions, W ("以及"), W ("和"), W ("及"), W ("与"), W ("或"), W ("的"));

/* "取消、下放和调整省级行政权力事项": after the verbs, the rest of a list. */
LEXICON (head_conjunctions, W ("以及"), W ("和"), W ("及"), W ("并"));

/* A clause that is only a comparison ("较上年增长") takes its subject
 * from what it compares. */
/* clang-format off */
LEXICON (comparisons,
  W ("与上年相比"), W ("比上年"), W ("比去年"), W ("较上年"), W ("较去年"), W ("同比"),
  W ("环比"), W ("较"));
/* clang-format on */

/* Inside the text before a number these start the comparison or the
 * starting value: "平均办理时限较法定时限压缩", "机构由年初的". */
LEXICON (cuts, W ("比上年"), W ("比去年"), W ("同比"), W ("环比"), W ("较"), W ("由"), W ("从"));

/* Words that name a share of the thing counted just before. */
LEXICON (relatives, W ("总量"), W ("总数"), W ("占比"), W ("比例"), W ("比重"));

/* clang-format off */
LEXICON (head_adverbs,
  W ("截至目前"), W ("截至年底"), W ("本年度"), W ("年度内"), W ("进一步"), W ("每季度"),
  W ("每半年"), W ("其中"), W ("全年"), W ("年内"), W ("今年"), W ("当年"), W ("去年"),
  W ("目前"), W ("同时"), W ("此外"), W ("另外"), W ("另有"), W ("已经"), W ("累计"),
  W ("共计"), W ("合计"), W ("总计"), W ("先后"), W ("陆续"), W ("依法"), W ("积极"),
  W ("认真"), W ("主动"), W ("全面"), W ("深入"), W ("持续"), W ("扎实"), W ("有效"),
  W ("年底前"), W ("上半年"), W ("下半年"), W ("年初"), W ("年底"),
  W ("成功"), W ("正在"), W ("每年"), W ("每月"), W ("每周"), W ("已"), W ("共"), W ("还"),
  W ("并"), W ("均"), W ("又"), W ("再"), W ("另"), W ("即"));
/* clang-format on */

/* clang-format off */
LEXICON (head_verbs,
  W ("立案查处"), W ("开展"), W ("检查"), W ("发放"), W ("办理"), W ("受理"),
  W ("查处"), W ("组织"), W ("完成"), W ("出动"), W ("审批"), W ("核发"), W ("收到"),
  W ("接待"), W ("举办"), W ("排查"), W ("发现"), W ("化解"), W ("调处"), W ("审查"),
  W ("提交"), W ("抽查"), W ("培训"), W ("发布"), W ("转移"), W ("建成"),
  W ("修订"), W ("制定"), W ("清理"), W ("梳理"), W ("公布"), W ("取消"), W ("下放"),
  W ("保留"), W ("下发"), W ("采纳"), W ("整改"), W ("兑现"), W ("挽回"), W ("追回"),
  W ("收缴"), W ("拆除"), W ("认定"), W ("接入"), W ("聘请"), W ("召开"), W ("投入"),
  W ("落实"), W ("办结"), W ("审结"), W ("作出"), W ("移送"), W ("惠及"), W ("涉及"),
  W ("覆盖"), W ("确定"), W ("明确"), W ("指导"), W ("派遣"), W ("选派"), W ("引进"),
  W ("推广"), W ("评选"), W ("推荐"), W ("实施"), W ("提供"), W ("帮助"), W ("解决"),
  W ("组建"), W ("配备"), W ("设立"), W ("建立"), W ("编制"), W ("印发"), W ("出台"),
  W ("征集"), W ("收集"), W ("走访"), W ("参与"), W ("参加"), W ("进行"), W ("开通"),
  W ("安置"), W ("救助"), W ("表彰"), W ("处理"), W ("处置"), W ("答复"), W ("回复"),
  W ("发生"), W ("录入"), W ("承担"), W ("承接"), W ("审核"), W ("备案"), W ("纠正"),
  W ("撤销"), W ("发出"), W ("送达"), W ("签订"), W ("签署"), W ("约谈"), W ("通报"),
  W ("公开"), W ("公示"), W ("归集"), W ("注册"), W ("获得"), W ("培育"), W ("申报"),
  W ("筹集"), W ("拨付"), W ("争取"), W ("引入"), W ("举行"), W ("实行"), W ("推行"),
  W ("部署"), W ("安排"), W ("接收"), W ("接听"), W ("查办"), W ("侦破"), W ("抓获"),
  W ("招录"), W ("录用"), W ("选拔"), W ("打造"), W ("创建"), W ("发送"),
  W ("印制"), W ("制作"), W ("播放"), W ("刊发"), W ("推送"), W ("查实"), W ("督办"),
  W ("交办"), W ("督促"), W ("学习"), W ("研究"));
/* clang-format on */

/* Before a number these make the noun after it the subject: "为 35 家
 * 物流企业办理", "对辖区 12 家重点企业开展". */
/* clang-format off */
LEXICON (prepositions,
  W ("按照"), W ("帮助"), W ("协助"), W ("督促"), W ("推动"), W ("引导"), W ("动员"), W ("带领"),
  W ("为"), W ("对"), W ("向"), W ("给"), W ("在"), W ("与"), W ("就"), W ("将"), W ("把"));
/* clang-format on */

/* clang-format off */
LEXICON (scopes,
  W ("全系统"), W ("本地区"), W ("局机关"), W ("全市"), W ("全县"), W ("全区"), W ("全省"),
  W ("全局"), W ("全国"), W ("全州"), W ("全镇"), W ("全乡"), W ("全委"), W ("辖区"),
  W ("本市"), W ("本县"), W ("本区"), W ("各级"), W ("各类"), W ("各地"), W ("我局"),
  W ("我委"), W ("我市"), W ("我县"), W ("我区"), W ("本局"));
/* clang-format on */

/* Where the noun after a number ends. */
/* clang-format off */
LEXICON (noun_stops,
  W ("新发放"), W ("办理"), W ("开展"), W ("参加"), W ("享受"), W ("提供"), W ("进行"),
  W ("实施"), W ("完成"), W ("参与"), W ("通过"), W ("发放"), W ("修订"), W ("进入"),
  W ("追回"), W ("实行"), W ("布设"), W ("获得"), W ("入选"), W ("签订"), W ("建立"),
  W ("开通"), W ("接受"), W ("纳入"), W ("落实"), W ("放贷"), W ("解决"), W ("实现"),
  W ("完善"), W ("制定"), W ("出台"), W ("列入"), W ("获评"), W ("评为"), W ("荣获"),
  W ("全部"), W ("累计"), W ("开具"), W ("作出"), W ("给予"), W ("依法"), W ("分别"),
  W ("主动"), W ("积极"), W ("成功"), W ("成立"), W ("涉及"), W ("公开"), W ("征求"),
  W ("豁免"), W ("被"), W ("的"), W ("为"),
  W ("和"), W ("及"), W ("与"), W ("等"), W ("获"), W ("共"), W ("均"), W ("已"), W ("在"),
  W ("从"), W ("向"), W ("对"), W ("给"), W ("将"), W ("把"), W ("是"), W ("有"), W ("由"));
/* clang-format on */

/* "会商率、满意率均为100%": one figure per rate. */
/* clang-format off */
LEXICON (shared_links,
  W ("均达到"), W ("均达"), W ("均为"), W ("均是"), W ("都是"), W ("都为"), W ("都达到"));
/* clang-format on */

/* Right before 第 (or before the scope right before it) these make 第N a
 * rank: "位列全市第二", "排名第三", "总量全市第一". */
/* clang-format off */
LEXICON (rank_scopes,
  W ("全系统"), W ("全市"), W ("全省"), W ("全区"), W ("全县"), W ("全国"), W ("全州"),
  W ("全盟"), W ("全镇"), W ("全乡"), W ("系统"), W ("同类"));
/* clang-format on */

/* clang-format off */
LEXICON (rank_verbs,
  W ("排名"), W ("位列"), W ("位居"), W ("名列"), W ("排行"), W ("排在"), W ("获得"),
  W ("荣获"), W ("夺得"), W ("取得"), W ("获评"), W ("获"), W ("居"), W ("列"));
/* clang-format on */

/* 第N followed by these is an ordinal, not a rank. */
/* clang-format off */
LEXICON (not_ranks,
  W ("责任人"), W ("生产力"), W ("时间"), W ("书记"), W ("部分"), W ("阶段"), W ("要务"),
  W ("把手"), W ("季度"), W ("名单"));
/* clang-format on */

/* Chinese numerals in set phrases, not counts ("落实三项制度"). */
/* clang-format off */
LEXICON (set_phrases,
  W ("三项制度"), W ("八项规定"), W ("两个维护"), W ("两个确立"), W ("四个意识"),
  W ("四个自信"), W ("四个全面"), W ("四个亲自"), W ("三位一体"), W ("五位一体"), W ("四处"));
/* clang-format on */

/* clang-format off */
LEXICON (moves,
  W ("前移"), W ("后移"), W ("上移"), W ("下移"), W ("上升"), W ("下降"), W ("提升"), W ("前进"),
  W ("后退"));
/* clang-format on */

/* clang-format off */
LEXICON (times_of_day,
  W ("上午"), W ("下午"), W ("晚上"), W ("早上"), W ("凌晨"), W ("中午"), W ("时间"));
/* clang-format on */

LEXICON (zai, W ("在"));

/* clang-format off */
static Lexicon *const all_lexicons[] = {
  &units, &not_units, &money_words, &prefix_qualifiers, &suffix_qualifiers, &tail_links,
  &compounds, &conjunctions, &head_conjunctions, &comparisons, &cuts, &relatives, &head_adverbs, &head_verbs,
  &prepositions, &scopes, &noun_stops, &shared_links, &rank_scopes, &rank_verbs, &not_ranks,
  &set_phrases, &moves, &times_of_day, &zai,
};
/* clang-format on */

static inline guint32
char_key (const char *p)
{
  return ((guint32) (guchar) p[0] << 16) | ((guint32) (guchar) p[1] << 8) | (guchar) p[2];
}

/* The filter bit of the three-byte character at @p: the low twelve bits
 * of its code point, read from the bytes without building the key, which
 * only a character that passes the filter needs. */
static inline guint
filter_bit (const char *p)
{
  return (((guint) (guchar) p[1] & 0x3F) << 6) | ((guint) (guchar) p[2] & 0x3F);
}

/* Which lists have a word that starts (first_class) or ends
 * (last_class) with a character, by its filter bit: one load tells that
 * most characters are in no list, and a walk over a span asks about
 * several lists, quotations and particles at once. Two characters may
 * share an entry; the lookup that follows tells them apart. */
static guint32 first_class[FILTER_BITS];
static guint32 last_class[FILTER_BITS];

/* Bits of first_class above the lexicons' own. */
#define CLASS_QUOTE    (1u << 30) /* 《 and “, which skip_quoted () skips */
#define CLASS_PARTICLE (1u << 31) /* 的 and 等 (cut_after_particles ()) */
G_STATIC_ASSERT (G_N_ELEMENTS (all_lexicons) <= 30);

static int
compare_by_first (gconstpointer a,
                  gconstpointer b)
{
  const Word *wa = a;
  const Word *wb = b;
  guint32     ka = char_key (wa->text);
  guint32     kb = char_key (wb->text);

  if (ka != kb)
    return ka < kb ? -1 : 1;
  return (int) wb->length - (int) wa->length;
}

static int
compare_by_last (gconstpointer a,
                 gconstpointer b)
{
  const Word *wa = a;
  const Word *wb = b;
  guint32     ka = char_key (wa->text + wa->length - 3);
  guint32     kb = char_key (wb->text + wb->length - 3);

  if (ka != kb)
    return ka < kb ? -1 : 1;
  return (int) wb->length - (int) wa->length;
}

/* The BMP characters the main loop stops at: numerals, 第, and the
 * punctuation that bounds clauses, quotes and titles. Everything else
 * (most of the text) is skipped with one bit test. A row holds the 64
 * characters that share the first two bytes of their UTF-8 sequence, so
 * that the bytes index it without decoding the character. */
static guint64 stop_chars[0x10000 / 64 + 64];

/* Where the row of a character starts in stop_chars, by its first byte:
 * the three-byte characters' rows, and past them one row of stops for
 * every other byte, so that the main loop tests the first byte and the
 * character with the same load. */
#define OTHER_ROW (0x10000 / 64)
static guint16 row_of_lead[256];

static const gunichar stop_char_list[] = {
  0x96F6, 0x3007, 0x4E00, 0x4E8C, 0x4E24, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B,
  0x4E5D, 0x5341, 0x767E, 0x5343, 0x4E07, 0x4EBF,         /* 零〇一二两三四五六七八九十百千万亿 */
  0x7B2C,                                                 /* 第 */
  0x3001, 0xFF0C, 0xFF1A, 0x3002, 0xFF1B, 0xFF01, 0xFF1F, /* 、，：。；！？ */
  0x201C, 0x201D, 0x300A, 0x300B,                         /* “”《》 */
};

/* Whether the three-byte sequence at @p is a stop character. */
static inline gboolean
is_stop_char (const guchar *p)
{
  return (stop_chars[((p[0] & 0x0F) << 6) | (p[1] & 0x3F)] >> (p[2] & 0x3F)) & 1;
}

/* Enters the runs of @sorted that share a character (the first one, or
 * the last if @by_last) into @slots and @filter. */
static void
index_words (const Word *sorted,
             guint       n_words,
             gboolean    by_last,
             Slot       *slots,
             guint       slot_mask,
             guint32    *classes,
             guint32     flag)
{
  for (guint k = 0; k < n_words;)
    {
      const Word *word = &sorted[k];
      const char *at = by_last ? word->text + word->length - 3 : word->text;
      guint32     key = char_key (at);
      guint       bit = filter_bit (at);
      guint       h = bit & slot_mask;
      guint       run = k;

      while (run < n_words &&
             char_key (by_last ? sorted[run].text + sorted[run].length - 3 : sorted[run].text) == key)
        run++;
      while (slots[h].key != 0)
        h = (h + 1) & slot_mask;
      slots[h].key = key;
      slots[h].first = (guint8) k;
      slots[h].count = (guint8) (run - k);
      classes[bit] |= flag;
      k = run;
    }
}

static void
ensure_lexicons (void)
{
  static gsize initialized = 0;

  if (!g_once_init_enter (&initialized))
    return;

  for (gsize k = 0; k < G_N_ELEMENTS (stop_char_list); k++)
    stop_chars[stop_char_list[k] / 64] |= G_GUINT64_CONSTANT (1) << (stop_char_list[k] % 64);
  for (guint k = 0; k < 64; k++)
    stop_chars[OTHER_ROW + k] = G_MAXUINT64;
  for (guint b = 0; b < 256; b++)
    row_of_lead[b] = (b & 0xF0) == 0xE0 ? (b & 0x0F) << 6 : OTHER_ROW;

  for (gsize l = 0; l < G_N_ELEMENTS (all_lexicons); l++)
    {
      Lexicon *lex = all_lexicons[l];

      lex->flag = 1u << l;
      memcpy (lex->by_first, lex->words, lex->n_words * sizeof (Word));
      memcpy (lex->by_last, lex->words, lex->n_words * sizeof (Word));
      qsort (lex->by_first, lex->n_words, sizeof (Word), compare_by_first);
      qsort (lex->by_last, lex->n_words, sizeof (Word), compare_by_last);
      index_words (lex->by_first, lex->n_words, FALSE, lex->first_slots, lex->slot_mask, first_class, lex->flag);
      index_words (lex->by_last, lex->n_words, TRUE, lex->last_slots, lex->slot_mask, last_class, lex->flag);
    }
  first_class[filter_bit ("《")] |= CLASS_QUOTE;
  first_class[filter_bit ("“")] |= CLASS_QUOTE;
  first_class[filter_bit ("的")] |= CLASS_PARTICLE;
  first_class[filter_bit ("等")] |= CLASS_PARTICLE;

  g_once_init_leave (&initialized, 1);
}

/* The slot of the character @key, whose filter bit is @bit, or NULL. */
static inline const Slot *
find_slot (const Slot *slots,
           guint       slot_mask,
           guint32     key,
           guint       bit)
{
  for (guint h = bit & slot_mask;; h = (h + 1) & slot_mask)
    {
      if (slots[h].key == key)
        return &slots[h];
      if (slots[h].key == 0)
        return NULL;
    }
}

/* Words are a few characters long: comparing bytes inline beats a call
 * to memcmp, and most candidates differ at the first byte. */
static inline gboolean
same_bytes (const char *a,
            const char *b,
            gsize       n)
{
  for (gsize k = 0; k < n; k++)
    if (a[k] != b[k])
      return FALSE;
  return TRUE;
}

static const Word *
lex_head_lookup (const Lexicon *lex,
                 const char    *p,
                 const char    *end,
                 guint32        key,
                 guint          bit)
{
  const Slot *slot = find_slot (lex->first_slots, lex->slot_mask, key, bit);

  if (slot == NULL)
    return NULL;
  for (guint k = slot->first; k < (guint) slot->first + slot->count; k++)
    {
      const Word *word = &lex->by_first[k];

      if ((gsize) (end - p) >= word->length && same_bytes (p + 3, word->text + 3, word->length - 3))
        return word;
    }
  return NULL;
}

static const Word *
lex_tail_lookup (const Lexicon *lex,
                 const char    *start,
                 const char    *end,
                 guint32        key,
                 guint          bit)
{
  const Slot *slot = find_slot (lex->last_slots, lex->slot_mask, key, bit);

  if (slot == NULL)
    return NULL;
  for (guint k = slot->first; k < (guint) slot->first + slot->count; k++)
    {
      const Word *word = &lex->by_last[k];

      if ((gsize) (end - start) >= word->length && same_bytes (end - word->length, word->text, word->length - 3))
        return word;
    }
  return NULL;
}

/* The longest word of @lex that starts at @p and ends by @end. Inline
 * up to the filter, which answers most calls. */
static inline const Word *
lex_head (const Lexicon *lex,
          const char    *p,
          const char    *end)
{
  guint32 key;
  guint   bit;

  if (end - p < 3 || ((guchar) p[0] & 0xF0) != 0xE0)
    return NULL;
  bit = filter_bit (p);
  if (!(first_class[bit] & lex->flag))
    return NULL;
  key = char_key (p);
  return lex_head_lookup (lex, p, end, key, bit);
}

/* The longest word of @lex that ends at @end and starts at or after
 * @start. */
static inline const Word *
lex_tail (const Lexicon *lex,
          const char    *start,
          const char    *end)
{
  guint32 key;
  guint   bit;

  if (end - start < 3 || ((guchar) end[-3] & 0xF0) != 0xE0)
    return NULL;
  bit = filter_bit (end - 3);
  if (!(last_class[bit] & lex->flag))
    return NULL;
  key = char_key (end - 3);
  return lex_tail_lookup (lex, start, end, key, bit);
}

/* The scan ---------------------------------------------------------- */

typedef struct
{
  FazhiDocument        *document;
  const FazhiParagraph *paragraph;
  GArray               *figures; /* FazhiFigureRecord */
  /* Records not yet appended to @figures: appending them a few at a
   * time costs less than growing the array for each. */
  FazhiFigureRecord *pending;
  guint              n_pending;
  const char        *s;
  gsize              length;

  gsize clause_start;     /* after the last punctuation, 、 included */
  gsize major_start;      /* after the last ，；：。 and the like */
  gsize prev_major_start; /* the clause before it in the sentence, or G_MAXSIZE */
  gsize prev_major_end;
  gsize last_end;           /* end of the last figure */
  guint sentence_first;     /* index in figures of the sentence's first figure */
  guint major_first;        /* index in figures of the clause's first figure */
  int   quote_depth;        /* inside “…” */
  int   title_depth;        /* inside 《…》 */
  int   paren_depth;        /* inside (…) */
  gsize paren_clause_start; /* the clause around the parentheses */
  gsize paren_major_start;
  guint next_segment; /* next segment to check for a heading line */
  gsize next_break;   /* where a heading line ends, or G_MAXSIZE */
} Scan;

typedef struct
{
  gsize start;
  gsize end;
} Span;

static inline gboolean
at (const Scan *sc,
    gsize       i,
    const char *text,
    gsize       n)
{
  return i + n <= sc->length && memcmp (sc->s + i, text, n) == 0;
}

#define AT(sc, i, lit) at (sc, i, lit, sizeof (lit) - 1)

static inline gsize
head_length (const Scan    *sc,
             gsize          i,
             gsize          end,
             const Lexicon *lex)
{
  const Word *word = lex_head (lex, sc->s + i, sc->s + end);

  return word != NULL ? word->length : 0;
}

static inline gsize
tail_length (const Scan    *sc,
             gsize          start,
             gsize          end,
             const Lexicon *lex)
{
  const Word *word = lex_tail (lex, sc->s + start, sc->s + end);

  return word != NULL ? word->length : 0;
}

/* The first_class () bits of the character at @i, or 0 when no word
 * can start there (no three-byte character, or too close to @end). A
 * clause's first character is asked about several lists in turn; one
 * load answers for all of them. */
static inline guint32
head_class (const Scan *sc,
            gsize       i,
            gsize       end)
{
  if (end < i + 3 || ((guchar) sc->s[i] & 0xF0) != 0xE0)
    return 0;
  return first_class[filter_bit (sc->s + i)];
}

/* The same with last_class for the character that ends at @end. */
static inline guint32
tail_class (const Scan *sc,
            gsize       start,
            gsize       end)
{
  if (end < start + 3 || ((guchar) sc->s[end - 3] & 0xF0) != 0xE0)
    return 0;
  return last_class[filter_bit (sc->s + end - 3)];
}

/* head_length () where @cls is head_class (@i). */
static inline gsize
head_length_in (const Scan    *sc,
                guint32        cls,
                gsize          i,
                gsize          end,
                const Lexicon *lex)
{
  const Word *word;

  if (!(cls & lex->flag))
    return 0;
  word = lex_head_lookup (lex, sc->s + i, sc->s + end, char_key (sc->s + i), filter_bit (sc->s + i));
  return word != NULL ? word->length : 0;
}

/* tail_length () where @cls is tail_class (@start, @end). */
static inline gsize
tail_length_in (const Scan    *sc,
                guint32        cls,
                gsize          start,
                gsize          end,
                const Lexicon *lex)
{
  const Word *word;

  if (!(cls & lex->flag))
    return 0;
  word = lex_tail_lookup (lex, sc->s + start, sc->s + end, char_key (sc->s + end - 3), filter_bit (sc->s + end - 3));
  return word != NULL ? word->length : 0;
}

static inline gboolean
is_ascii_word_char (char c)
{
  return g_ascii_isalnum (c) || c == '_' || c == '.' || c == '-' || c == '/' ||
         c == '#' || c == '@' || c == '+' || c == '&';
}

static inline gboolean
span_empty (Span span)
{
  return span.end <= span.start;
}

/* After a title 《…》 or a quotation “…” that opens at @i and closes
 * before @end, or @i itself. Words inside them are names, not the
 * sentence's own verbs and particles. */
static inline gsize
skip_quoted (const Scan *sc,
             gsize       i,
             gsize       end)
{
  const char *close;
  const char *found;
  guchar      b = (guchar) sc->s[i];

  if (b != 0xE2 && b != 0xE3)
    return i;
  if (AT (sc, i, "《"))
    close = "》";
  else if (AT (sc, i, "“"))
    close = "”";
  else
    return i;

  found = memmem (sc->s + i + 3, end > i + 3 ? end - i - 3 : 0, close, 3);
  return found != NULL ? (gsize) (found - sc->s) + 3 : i;
}

/* Position of the first word of @lex in [start, end) outside titles and
 * quotations, or G_MAXSIZE. */
static gsize
find_word (const Scan    *sc,
           gsize          start,
           gsize          end,
           const Lexicon *lex)
{
  for (gsize i = start; i < end;)
    {
      guchar  b = (guchar) sc->s[i];
      guint   bit;
      guint32 cls;
      gsize   next;

      /* Words, titles and quotations all start with a three-byte
       * character, and none fits in what is left after @end - 3. */
      if ((b & 0xF0) != 0xE0)
        {
          i += _fazhi_utf8_length (b);
          continue;
        }
      if (i + 3 > end)
        break;
      /* One load answers for most characters. */
      bit = filter_bit (sc->s + i);
      cls = first_class[bit] & (lex->flag | CLASS_QUOTE);
      if (cls == 0)
        {
          i += 3;
          continue;
        }
      if (cls & CLASS_QUOTE)
        {
          next = skip_quoted (sc, i, end);
          if (next != i)
            {
              i = next;
              continue;
            }
        }
      if ((cls & lex->flag) && lex_head_lookup (lex, sc->s + i, sc->s + end, char_key (sc->s + i), bit) != NULL)
        return i;
      i += 3;
    }
  return G_MAXSIZE;
}

/* Subjects ---------------------------------------------------------- */

static inline void
trim_spaces (const Scan *sc,
             Span       *span)
{
  while (span->start < span->end && sc->s[span->start] == ' ')
    span->start++;
  while (span->end > span->start && sc->s[span->end - 1] == ' ')
    span->end--;
}

/* "学习《安全生产法》(2021年修正)2次": the remark is not the subject. */
static void
strip_tail_parenthesis (const Scan *sc,
                        Span       *span)
{
  int depth = 0;

  if (span_empty (*span) || sc->s[span->end - 1] != ')')
    return;
  for (gsize i = span->end; i > span->start; i--)
    {
      char c = sc->s[i - 1];

      if (c == ')')
        depth++;
      else if (c == '(' && --depth == 0)
        {
          span->end = i - 1;
          trim_spaces (sc, span);
          return;
        }
    }
}

/* @tail is tail_class () of @span. */
static gboolean
strip_tail_links (const Scan *sc,
                  Span       *span,
                  guint32     tail)
{
  gboolean stripped = FALSE;
  gsize    n;

  while ((n = tail_length_in (sc, tail, span->start, span->end, &tail_links)) > 0)
    {
      if (n == 3 && tail_length_in (sc, tail, span->start, span->end, &compounds) > 0)
        break;
      span->end -= n;
      stripped = TRUE;
      trim_spaces (sc, span);
      tail = tail_class (sc, span->start, span->end);
    }
  return stripped;
}

/* Strips words of @lex from the start of @span while at least @min_rest
 * bytes remain, so that 审批时限 keeps its verb while 检查市场主体
 * loses it. */
static inline void
strip_head_in (const Scan    *sc,
               Span          *span,
               const Lexicon *lex,
               gsize          min_rest,
               guint32       *head)
{
  gsize n;

  while ((n = head_length_in (sc, *head, span->start, span->end, lex)) > 0 &&
         span->end - span->start >= n + min_rest)
    {
      span->start += n;
      trim_spaces (sc, span);
      *head = head_class (sc, span->start, span->end);
    }
}

static inline void
strip_head (const Scan    *sc,
            Span          *span,
            const Lexicon *lex,
            gsize          min_rest)
{
  guint32 head = head_class (sc, span->start, span->end);

  strip_head_in (sc, span, lex, min_rest, &head);
}

/* strip_head (@span, @lex, 0) and, in the same pass, what
 * strip_head (@span, @lex, @min_rest) would have left in @rest: both
 * strip the same words until the second runs short of rest. */
static void
strip_head_twice (const Scan    *sc,
                  Span          *span,
                  const Lexicon *lex,
                  gsize          min_rest,
                  guint32       *head,
                  Span          *rest,
                  guint32       *rest_head)
{
  gboolean short_of_rest = FALSE;
  gsize    n;

  *rest = *span;
  *rest_head = *head;
  while ((n = head_length_in (sc, *head, span->start, span->end, lex)) > 0 &&
         span->end - span->start >= n)
    {
      if (span->end - span->start < n + min_rest)
        short_of_rest = TRUE;
      span->start += n;
      trim_spaces (sc, span);
      *head = head_class (sc, span->start, span->end);
      if (!short_of_rest)
        {
          *rest = *span;
          *rest_head = *head;
        }
    }
}

/* @head is head_class () of @span. */
static gboolean
only_scopes_in (const Scan *sc,
                Span        span,
                guint32     head)
{
  strip_head_in (sc, &span, &scopes, 0, &head);
  return span_empty (span);
}

static gboolean
only_scopes (const Scan *sc,
             Span        span)
{
  return only_scopes_in (sc, span, head_class (sc, span.start, span.end));
}

static void
strip_enumeration_mark (const Scan *sc,
                        Span       *span)
{
  const guchar *p = (const guchar *) sc->s + span->start;
  gsize         i = span->start;
  gsize         j = i;

  while (j < span->end && g_ascii_isdigit (sc->s[j]))
    j++;
  if (j == i)
    while (j + 3 <= span->end && _fazhi_cn_numeral (sc->s + j) != FAZHI_CN_NONE)
      j += 3;
  if (j > i && AT (sc, j, "月"))
    {
      j += 3;
      if (AT (sc, j, "底") || AT (sc, j, "份") || AT (sc, j, "末"))
        j += 3;
      if (AT (sc, j, "前") || AT (sc, j, "起"))
        j += 3;
      span->start = j;
      trim_spaces (sc, span);
      return;
    }

  if (span->end - i >= 3 && p[0] == 0xE2 && p[1] == 0x91 && p[2] >= 0xA0 && p[2] <= 0xB3)
    i += 3; /* ① to ⑳ */
  else if (span->end - i >= 6 && _fazhi_cn_numeral (sc->s + i) != FAZHI_CN_NONE && AT (sc, i + 3, "是"))
    i += 6;
  else if (sc->s[i] == '(')
    {
      gsize j = i + 1;

      while (j < span->end && (g_ascii_isdigit (sc->s[j]) ||
                               (j + 3 <= span->end && _fazhi_cn_numeral (sc->s + j) != FAZHI_CN_NONE)))
        j += g_ascii_isdigit (sc->s[j]) ? 1 : 3;
      if (j > i + 1 && j < span->end && sc->s[j] == ')')
        i = j + 1;
    }
  else if (g_ascii_isdigit (sc->s[i]))
    {
      gsize j = i;

      while (j < span->end && g_ascii_isdigit (sc->s[j]))
        j++;
      if (j < span->end && sc->s[j] == '.')
        i = j + 1;
    }

  span->start = i;
  trim_spaces (sc, span);
}

/* Enumeration marks and deadlines at the start of a clause: ①, 一是,
 * (三), 2., 6月底前. */
static inline void
strip_enumeration (const Scan *sc,
                   Span       *span)
{
  const guchar *p = (const guchar *) sc->s + span->start;

  /* Most clauses start with a CJK character that is no numeral (nor
   * ①, whose sequence starts with 0xE2): nothing to strip. */
  if (span->start + 3 <= span->end && (p[0] & 0xF0) == 0xE0 && p[0] != 0xE2 &&
      (!is_stop_char (p) || _fazhi_cn_numeral (sc->s + span->start) == FAZHI_CN_NONE))
    trim_spaces (sc, span);
  else
    strip_enumeration_mark (sc, span);
}

/* Keeps what follows the last 的 or 等 when that is a noun of two
 * characters or more: "督察组交办的信访件", "行政检查等权责事项". */
static void
cut_after_particles (const Scan *sc,
                     Span       *span)
{
  gsize best = G_MAXSIZE;

  for (gsize i = span->start; i + 9 <= span->end;)
    {
      guchar  b = (guchar) sc->s[i];
      guint32 cls;
      gsize   next;

      if ((b & 0xF0) != 0xE0)
        {
          i += _fazhi_utf8_length (b);
          continue;
        }
      cls = first_class[filter_bit (sc->s + i)] & (CLASS_QUOTE | CLASS_PARTICLE);
      if (cls == 0)
        {
          i += 3;
          continue;
        }
      if (cls & CLASS_QUOTE)
        {
          next = skip_quoted (sc, i, span->end);
          if (next != i)
            {
              i = next;
              continue;
            }
        }
      if ((cls & CLASS_PARTICLE) && (AT (sc, i, "的") || AT (sc, i, "等")))
        best = i + 3;
      i += 3;
    }
  if (best != G_MAXSIZE)
    span->start = best;
}

/* Drops a comparison or a starting value inside the span when what is
 * before it is a noun of two characters or more (not 从事, 较大). */
static void
cut_comparison (const Scan *sc,
                Span       *span)
{
  for (gsize from = span->start + 6; from < span->end;)
    {
      gsize pos = find_word (sc, from, span->end, &cuts);
      Span  before = { span->start, pos };

      if (pos == G_MAXSIZE)
        return;
      if (head_length (sc, pos, span->end, &compounds) == 0 &&
          head_length (sc, pos - 3, span->end, &compounds) != 6 && !only_scopes (sc, before))
        {
          span->end = pos;
          return;
        }
      from = pos + 3;
    }
}

/* "政协委员和社区居民中聘请执法监督员": the object of the last verb,
 * if it is a noun of four characters or more. A verb after 新 is part
 * of the noun (新培育科技型企业, 新建消费维权服务站). */
static void
cut_after_last_verb (const Scan *sc,
                     Span       *span)
{
  gsize best = G_MAXSIZE;

  for (gsize i = span->start + 3; i + 12 < span->end;)
    {
      guchar  b = (guchar) sc->s[i];
      guint32 cls;
      gsize   next;
      gsize   n;

      if ((b & 0xF0) != 0xE0)
        {
          i += _fazhi_utf8_length (b);
          continue;
        }
      cls = first_class[filter_bit (sc->s + i)] & (CLASS_QUOTE | head_verbs.flag);
      if (cls == 0)
        {
          i += 3;
          continue;
        }
      if (cls & CLASS_QUOTE)
        {
          next = skip_quoted (sc, i, span->end);
          if (next != i)
            {
              i = next;
              continue;
            }
        }
      n = head_length (sc, i, span->end, &head_verbs);
      if (n > 0 && span->end - (i + n) >= 12 && !AT (sc, i - 3, "新"))
        best = i + n;
      i += 3;
    }
  if (best != G_MAXSIZE)
    span->start = best;
}

/* Longest noun taken after a number, in bytes (ten characters, or
 * twenty with a quotation: 1次“送法进村居”活动). */
#define MAX_NOUN_AFTER        30
#define MAX_QUOTED_NOUN_AFTER 60

/* The noun after the unit: "为 35 家物流企业办理…" → 物流企业. */
static Span
noun_after (const Scan *sc,
            gsize       start)
{
  Span  span;
  gsize i = start;
  gsize limit = MAX_NOUN_AFTER;

  if (AT (sc, i, "的"))
    i += 3;
  span.start = span.end = i;

  while (i < sc->length && span.end - span.start < limit)
    {
      guchar b = (guchar) sc->s[i];

      if (b < 0x80 && !g_ascii_isalpha (b))
        break;
      if (b >= 0xE0 && b < 0xF0)
        {
          const Word *stop;
          gsize       next = skip_quoted (sc, i, MIN (sc->length, span.start + MAX_QUOTED_NOUN_AFTER));

          if (next != i)
            {
              limit = MAX_QUOTED_NOUN_AFTER;
              i = span.end = next;
              continue;
            }
          /* Punctuation and the next number end the noun. */
          if (b == 0xE3 || b == 0xEF || b == 0xE2 || _fazhi_cn_numeral (sc->s + i) != FAZHI_CN_NONE)
            break;
          stop = lex_head (&noun_stops, sc->s + i, sc->s + sc->length);
          if (stop != NULL &&
              !(stop->length == 3 && i >= span.start + 3 &&
                lex_head (&compounds, sc->s + i - 3, sc->s + i + 3) != NULL) &&
              !(stop->length == 3 && lex_head (&compounds, sc->s + i, sc->s + sc->length) != NULL))
            break;
        }
      i += _fazhi_utf8_length (b);
      span.end = i;
    }
  return span;
}

typedef enum
{
  BEFORE_NOUN,        /* a noun phrase: use it */
  BEFORE_EMPTY,       /* nothing, or only a scope ("全市") */
  BEFORE_PREPOSITION, /* "为…", "对辖区…", "…等": the noun after the number */
  BEFORE_CONJUNCTION, /* "…和": the noun after, or what the previous figure counted */
  BEFORE_VERBS,       /* only verbs ("组织", "已办结") */
  BEFORE_LINKS,       /* only linking words ("总量达", "压缩") */
  BEFORE_COMPARISON,  /* "较上年增长" */
} BeforeKind;

/* Cleans the text before a number. @noun is the subject it names, if
 * any; @verbs keeps the text before verbs were stripped, for clauses
 * such as "已办结2987件" that have nothing else. Rates keep their verb
 * (调处成功率, 办结率) when @keep_verbs. @verb_object, if not NULL, is
 * set when the text ends with a verb whose object follows the number. */
static BeforeKind
clean_before (const Scan *sc,
              Span        raw,
              gboolean    keep_verbs,
              Span       *noun,
              Span       *verbs,
              gboolean   *verb_object)
{
  Span     span = raw;
  Span     bare;
  gboolean linked;
  guint32  head; /* head_class () of span.start */
  guint32  tail; /* tail_class () of span.end */
  gsize    start;
  gsize    n;

  trim_spaces (sc, &span);
  strip_tail_parenthesis (sc, &span);
  *noun = span;
  *verbs = span;
  if (span_empty (span))
    return BEFORE_EMPTY;

  /* The lists below are asked about the same first and last characters
   * again and again: their classes are loaded once, and again only when
   * the span's start or end moves. */
  head = head_class (sc, span.start, span.end);
  if (head_length_in (sc, head, span.start, span.end, &comparisons) > 0)
    return BEFORE_COMPARISON;

  start = span.start;
  strip_enumeration (sc, &span);
  if (span.start != start)
    head = head_class (sc, span.start, span.end);
  strip_head_in (sc, &span, &head_adverbs, 0, &head);
  *noun = span;
  if (span_empty (span))
    return BEFORE_EMPTY;
  if (head_length_in (sc, head, span.start, span.end, &prepositions) > 0)
    return BEFORE_PREPOSITION;

  cut_comparison (sc, &span);
  *noun = span;
  tail = tail_class (sc, span.start, span.end);
  if ((n = tail_length_in (sc, tail, span.start, span.end, &conjunctions)) > 0 &&
      tail_length_in (sc, tail, span.start, span.end, &compounds) == 0)
    {
      noun->end -= n;
      return BEFORE_CONJUNCTION;
    }

  linked = strip_tail_links (sc, &span, tail);
  *noun = span;
  *verbs = span;
  if (span_empty (span))
    return linked ? BEFORE_LINKS : BEFORE_EMPTY;
  /* "每季度在出租车服务区开展1次“法治进站点”活动": the count is of the
   * verb's object, which follows. Nothing was stripped: @tail holds. */
  if (!linked && verb_object != NULL)
    *verb_object = tail_length_in (sc, tail, span.start, span.end, &head_verbs) > 0;
  /* Stripping links can trim the span's start (it was all spaces). */
  if (linked)
    head = head_class (sc, span.start, span.end);

  if (!keep_verbs)
    {
      Span    rest;
      guint32 bare_head = head;
      guint32 rest_head;

      bare = span;
      strip_head_twice (sc, &bare, &head_verbs, 9, &bare_head, &rest, &rest_head);
      if (span_empty (bare) || only_scopes_in (sc, bare, bare_head))
        {
          *noun = bare;
          return span_empty (bare) ? BEFORE_VERBS : BEFORE_EMPTY;
        }
      span = rest;
      strip_head_in (sc, &span, &head_conjunctions, 6, &rest_head);
      if (head_length_in (sc, rest_head, span.start, span.end, &prepositions) > 0)
        {
          *noun = span;
          return BEFORE_PREPOSITION;
        }
      cut_after_last_verb (sc, &span);
    }
  else if (only_scopes_in (sc, span, head))
    return BEFORE_EMPTY;

  /* "就棚户区改造安置补偿方案等3项决策事项": the list ends at 等 and
   * the noun after the number says what the items are. */
  if (span.end - span.start > 3 && AT (sc, span.end - 3, "等"))
    {
      *noun = span;
      return BEFORE_PREPOSITION;
    }

  cut_after_particles (sc, &span);
  *noun = span;
  return BEFORE_NOUN;
}

/* A subject before it is copied: borrowed from the paragraph or from an
 * earlier record's subject, in up to two pieces (a subject and a word
 * added to it), so that emit () copies it into the record's one block
 * with the text. No subject when @head is NULL. */
typedef struct
{
  const char *head;
  gsize       head_length;
  const char *tail;
  gsize       tail_length;
} Subject;

static inline Subject
span_subject (const Scan *sc,
              Span        span)
{
  Subject subject = { NULL, 0, NULL, 0 };

  if (!span_empty (span))
    {
      subject.head = sc->s + span.start;
      subject.head_length = span.end - span.start;
    }
  return subject;
}

/* An earlier record's subject, which may be NULL. */
static inline Subject
string_subject (const char *string)
{
  Subject subject = { string, string != NULL ? strlen (string) : 0, NULL, 0 };

  return subject;
}

/* The last figure since @first (the sentence's or the clause's first), or NULL. */
static const FazhiFigureRecord *
previous_figure (const Scan *sc,
                 guint       first)
{
  if (sc->figures->len + sc->n_pending <= first)
    return NULL;
  if (sc->n_pending > 0)
    return &sc->pending[sc->n_pending - 1];
  return &g_array_index (sc->figures, FazhiFigureRecord, sc->figures->len - 1);
}

static Subject
previous_subject (const Scan *sc,
                  guint       first)
{
  const FazhiFigureRecord *prev = previous_figure (sc, first);

  return string_subject (prev != NULL ? prev->subject : NULL);
}

/* The clause before, cleaned, for "…由法定60日压缩至20日，压缩66.7%". */
static Subject
previous_clause (const Scan *sc)
{
  Span noun = { 0, 0 };
  Span verbs = { 0, 0 };
  Span raw;

  if (sc->prev_major_start == G_MAXSIZE)
    return string_subject (NULL);
  raw.start = sc->prev_major_start;
  raw.end = sc->prev_major_end;
  clean_before (sc, raw, FALSE, &noun, &verbs, NULL);
  return span_subject (sc, noun);
}

/* "新培育科技型企业1005家，总量达2905家": the total of what came before. */
static Subject
relative_subject (const Scan *sc,
                  Span        noun)
{
  const FazhiFigureRecord *prev = previous_figure (sc, sc->sentence_first);
  gsize                    relative = tail_length (sc, noun.start, noun.end, &relatives);
  Subject                  subject;

  if (relative == 0 || relative != noun.end - noun.start || prev == NULL)
    return string_subject (NULL);

  subject = string_subject (prev->subject);
  if (subject.head != NULL &&
      !(subject.head_length >= relative &&
        memcmp (subject.head + subject.head_length - relative, sc->s + noun.start, relative) == 0))
    {
      subject.tail = sc->s + noun.start;
      subject.tail_length = relative;
    }
  return subject;
}

static Subject
make_subject (const Scan     *sc,
              Span            raw,
              FazhiFigureKind kind,
              gsize           after)
{
  Span       noun = { 0, 0 };
  Span       verbs = { 0, 0 };
  Span       next;
  Subject    subject;
  gboolean   verb_object = FALSE;
  BeforeKind before = clean_before (sc, raw, kind == FAZHI_FIGURE_KIND_PERCENTAGE, &noun, &verbs, &verb_object);

  if (verb_object)
    {
      next = noun_after (sc, after);
      if (!span_empty (next))
        return span_subject (sc, next);
    }

  switch (before)
    {
    case BEFORE_NOUN:
      if ((subject = relative_subject (sc, noun)).head != NULL)
        return subject;
      return span_subject (sc, noun);

    case BEFORE_PREPOSITION:
      next = noun_after (sc, after);
      if (!span_empty (next))
        return span_subject (sc, next);
      /* "为受援人挽回经济损失1530.2万元"; but "累计为226家放贷" names nothing. */
      strip_head (sc, &noun, &prepositions, 0);
      strip_head (sc, &noun, &scopes, 0);
      return span_subject (sc, noun);

    case BEFORE_CONJUNCTION:
      next = noun_after (sc, after);
      if (!span_empty (next))
        return span_subject (sc, next);
      if ((subject = previous_subject (sc, sc->sentence_first)).head != NULL)
        return subject;
      return span_subject (sc, noun);

    case BEFORE_VERBS:
      next = noun_after (sc, after);
      return span_subject (sc, span_empty (next) ? verbs : next);

    case BEFORE_EMPTY:
      next = noun_after (sc, after);
      if (!span_empty (next))
        return span_subject (sc, next);
      if ((subject = previous_subject (sc, sc->sentence_first)).head != NULL)
        return subject;
      return previous_clause (sc);

    case BEFORE_LINKS:
    case BEFORE_COMPARISON:
    default:
      if ((subject = previous_subject (sc, sc->sentence_first)).head != NULL)
        return subject;
      if ((subject = previous_clause (sc)).head != NULL)
        return subject;
      return span_subject (sc, noun_after (sc, after));
    }
}

/* "…连续四年第一": the length of 连续N年 that ends at @i and starts at
 * or after @start, or 0. */
static gsize
consecutive_years (const Scan *sc,
                   gsize       start,
                   gsize       i)
{
  gsize p = i;

  if (p < start + 3 || !AT (sc, p - 3, "年"))
    return 0;
  p -= 3;
  while (p >= start + 3 && _fazhi_cn_numeral (sc->s + p - 3) != FAZHI_CN_NONE)
    p -= 3;
  while (p > start && g_ascii_isdigit (sc->s[p - 1]))
    p--;
  if (p == i - 3 || p < start + 6 || !AT (sc, p - 6, "连续"))
    return 0;
  return i - (p - 6);
}

/* Ranks take their subject from what was ranked: "在全市营商环境评价中
 * 位列全市第二" → 全市营商环境评价. */
static gboolean
clean_rank_span (const Scan *sc,
                 Span       *span)
{
  gboolean framed = FALSE;
  gsize    n;
  gsize    pos;

  trim_spaces (sc, span);
  strip_tail_parenthesis (sc, span);
  while ((n = tail_length (sc, span->start, span->end, &rank_verbs)) > 0 ||
         (n = tail_length (sc, span->start, span->end, &rank_scopes)) > 0 ||
         (n = tail_length (sc, span->start, span->end, &tail_links)) > 0 ||
         (n = consecutive_years (sc, span->start, span->end)) > 0)
    {
      span->end -= n;
      trim_spaces (sc, span);
    }

  /* 在…中 frames the ranking; 考评在全市… names it before 在. */
  pos = find_word (sc, span->start, span->end, &zai);
  if (pos != G_MAXSIZE)
    {
      gsize last_zhong = G_MAXSIZE;

      for (gsize i = pos + 3; i + 3 <= span->end; i += _fazhi_utf8_length ((guchar) sc->s[i]))
        if (AT (sc, i, "中"))
          last_zhong = i;
      if (last_zhong != G_MAXSIZE)
        {
          span->start = pos + 3;
          span->end = last_zhong;
          framed = TRUE;
        }
      else if (pos >= span->start + 6)
        span->end = pos;
      else
        span->start = pos + 3;
    }
  else if (span->end >= span->start + 3 && AT (sc, span->end - 3, "中"))
    span->end -= 3;

  strip_enumeration (sc, span);
  strip_head (sc, span, &head_adverbs, 0);
  return framed;
}

static Subject
make_rank_subject (const Scan *sc,
                   Span        raw)
{
  Span                     span = raw;
  const FazhiFigureRecord *prev;
  Subject                  subject;

  clean_rank_span (sc, &span);

  if ((subject = relative_subject (sc, span)).head != NULL)
    return subject;
  if (!span_empty (span))
    return span_subject (sc, span);

  /* "双创指数连续15个季度排名全市第一": the figure just before. */
  prev = previous_figure (sc, sc->major_first);
  if (prev != NULL)
    return string_subject (prev->subject);

  /* "在全市…案卷评查中获评优秀案卷4卷，排名全市第一": the frame of the
   * clause before; "合格率均为100%，连续三年位居全市第一": its figure. */
  if (sc->prev_major_start != G_MAXSIZE)
    {
      span.start = sc->prev_major_start;
      span.end = sc->prev_major_end;
      if (clean_rank_span (sc, &span) && !span_empty (span))
        return span_subject (sc, span);
    }
  prev = previous_figure (sc, sc->sentence_first);
  if (prev != NULL)
    return string_subject (prev->subject);
  return span_subject (sc, span);
}

/* Emission ---------------------------------------------------------- */

/* The original text of [start, end) when it spans segments (or is
 * empty). A figure that a line or page break splits ("1 286" on one
 * line, "件" on the next) is quoted without the break, as it reads. */
static char *
dup_original_pieces (const Scan *sc,
                     gsize       start,
                     gsize       end)
{
  const FazhiParagraph *paragraph = sc->paragraph;
  GString              *text = g_string_new (NULL);

  while (start < end)
    {
      /* The last byte, not the end, so that a piece that ends a line
       * maps into that line, not to the start of the next segment. */
      gsize       piece_end = end;
      gsize       norm_start = _fazhi_paragraph_to_norm (paragraph, start);
      guint       line = _fazhi_paragraph_to_line (paragraph, start);
      const char *piece;
      gsize       piece_length;

      while (_fazhi_paragraph_to_line (paragraph, piece_end - 1) != line)
        piece_end--;
      piece = _fazhi_document_peek_original (sc->document, norm_start,
                                             _fazhi_paragraph_to_norm (paragraph, piece_end - 1) + 1, &piece_length);
      g_string_append_len (text, piece, piece_length);
      start = piece_end;
    }
  return g_string_free (text, FALSE);
}

#define PENDING_RECORDS 16

static void
flush_pending (Scan *sc)
{
  g_array_append_vals (sc->figures, sc->pending, sc->n_pending);
  sc->n_pending = 0;
}

/* Appends a record. @unit is @unit_length bytes, not terminated. The
 * record's text and subject share one block (see
 * _fazhi_figure_record_clear ()): one allocation per figure. */
static void
emit (Scan                *sc,
      double               value,
      const char          *unit,
      gsize                unit_length,
      FazhiFigureKind      kind,
      FazhiFigureQualifier qualifier,
      Subject              subject,
      gsize                start,
      gsize                end)
{
  const FazhiParagraph *paragraph = sc->paragraph;
  const FazhiSegment   *segment = _fazhi_paragraph_find_segment (paragraph, start);
  g_autofree char      *pieces = NULL;
  const char           *text;
  gsize                 text_length;
  gsize                 subject_length = subject.head_length + subject.tail_length;
  char                 *block;
  FazhiFigureRecord    *record;

  /* Most figures lie within the segment of their start: one piece of
   * the document's text, mapped without looking the segment up again. */
  if (start < end &&
      (segment + 1 == paragraph->segments + paragraph->n_segments || end - 1 < segment[1].para_offset))
    text = _fazhi_document_peek_original (sc->document, segment->norm_offset + (start - segment->para_offset),
                                          segment->norm_offset + (end - 1 - segment->para_offset) + 1,
                                          &text_length);
  else
    {
      text = pieces = dup_original_pieces (sc, start, end);
      text_length = strlen (pieces);
    }

  /* The text holds no NUL (decoding rejects it): plain copies. */
  block = g_malloc (text_length + 1 + (subject.head != NULL ? subject_length + 1 : 0));
  memcpy (block, text, text_length);
  block[text_length] = '\0';

  if (sc->n_pending == PENDING_RECORDS)
    flush_pending (sc);
  record = &sc->pending[sc->n_pending++];
  record->value = value;
  unit_length = MIN (unit_length, sizeof record->unit - 1);
  memcpy (record->unit, unit, unit_length);
  record->unit[unit_length] = '\0';
  record->text = block;
  record->subject = NULL;
  if (subject.head != NULL)
    {
      char *copy = block + text_length + 1;

      memcpy (copy, subject.head, subject.head_length);
      if (subject.tail != NULL)
        memcpy (copy + subject.head_length, subject.tail, subject.tail_length);
      copy[subject_length] = '\0';
      record->subject = copy;
    }
  record->line = segment->line;
  record->offset = (guint) start;
  record->kind = kind;
  record->qualifier = qualifier;
}

/* Units ------------------------------------------------------------- */

typedef struct
{
  char                 unit[32];
  gsize                unit_length;
  gsize                end; /* after the unit */
  FazhiFigureKind      kind;
  FazhiFigureQualifier qualifier; /* from 余 or 多 before the unit */
  gboolean             bare;      /* only 万 or 亿: money if the clause is about money */
} UnitMatch;

static inline gboolean
at_more (const Scan *sc,
         gsize       i)
{
  return AT (sc, i, "余") || AT (sc, i, "多");
}

/* Reads [余|多] [万|亿|万亿] [余|多] unit at @i. The unit keeps its 万 or
 * 亿 ("1.2万件" is 1.2 万件) but not the 余 ("2600余人次" is 人次). */
static gboolean
match_unit (const Scan *sc,
            gsize       i,
            UnitMatch  *m)
{
  gsize       prefix = 0;
  const Word *base;

  m->qualifier = FAZHI_FIGURE_QUALIFIER_EXACT;
  m->bare = FALSE;

  if (at_more (sc, i))
    {
      m->qualifier = FAZHI_FIGURE_QUALIFIER_AT_LEAST;
      i += 3;
    }
  if (AT (sc, i, "万亿"))
    prefix = 6;
  else if (AT (sc, i, "万") || AT (sc, i, "亿"))
    prefix = 3;
  memcpy (m->unit, sc->s + i, prefix);
  i += prefix;
  if (prefix > 0 && m->qualifier == FAZHI_FIGURE_QUALIFIER_EXACT && at_more (sc, i))
    {
      m->qualifier = FAZHI_FIGURE_QUALIFIER_AT_LEAST;
      i += 3;
    }

  if (i < sc->length && sc->s[i] == '%')
    {
      if (prefix > 0)
        return FALSE;
      memcpy (m->unit, "%", 2);
      m->unit_length = 1;
      m->kind = FAZHI_FIGURE_KIND_PERCENTAGE;
      m->end = i + 1;
      return TRUE;
    }

  base = lex_head (&units, sc->s + i, sc->s + sc->length);
  if (base != NULL && lex_head (&not_units, sc->s + i, sc->s + sc->length) == NULL)
    {
      if (prefix > 0 && base->tag == FAZHI_FIGURE_KIND_PERCENTAGE)
        return FALSE;
      memcpy (m->unit + prefix, base->text, base->length);
      m->unit[prefix + base->length] = '\0';
      m->unit_length = prefix + base->length;
      m->kind = base->tag;
      m->end = i + base->length;
      return TRUE;
    }

  if (prefix > 0)
    {
      m->unit[prefix] = '\0';
      m->unit_length = prefix;
      m->kind = FAZHI_FIGURE_KIND_MONEY;
      m->end = i;
      m->bare = TRUE;
      return TRUE;
    }
  return FALSE;
}

/* Numbers ----------------------------------------------------------- */

static void
emit_shared (Scan                *sc,
             Span                 items,
             double               value,
             const UnitMatch     *m,
             FazhiFigureQualifier qualifier,
             gsize                start)
{
  gsize item_start = items.start;

  for (gsize i = items.start; i <= items.end;)
    {
      if (i == items.end || AT (sc, i, "、"))
        {
          Span item = { item_start, i };
          Span noun = { 0, 0 };
          Span verbs = { 0, 0 };

          if (clean_before (sc, item, m->kind == FAZHI_FIGURE_KIND_PERCENTAGE, &noun, &verbs, NULL) == BEFORE_NOUN &&
              !span_empty (noun))
            emit (sc, value, m->unit, m->unit_length, m->kind, qualifier, span_subject (sc, noun), start, m->end);
          if (i == items.end)
            break;
          i += 3;
          item_start = i;
          continue;
        }
      i += _fazhi_utf8_length ((guchar) sc->s[i]);
    }
}

/* Turns the number at [start, end) into a figure if a unit follows.
 * Returns where the figure ends, or 0 when it is none. */
static gsize
finish_number (Scan  *sc,
               gsize  start,
               gsize  end,
               double value)
{
  UnitMatch            m;
  FazhiFigureQualifier qualifier;
  const Word          *word;
  gsize                qual_start = start;
  gsize                after;
  gsize                floor_start = MAX (sc->clause_start, sc->last_end);
  gsize                n;
  Span                 raw;

  if (!match_unit (sc, end, &m))
    return 0;
  /* "较上年前移三位": a move in a ranking. */
  if (m.unit_length == 3 && memcmp (m.unit, "位", 3) == 0 && tail_length (sc, floor_start, start, &moves) > 0)
    return 0;
  /* "进入全国前二十名", "前3个月": a cut-off, not a count. */
  if (start >= floor_start + 3 && AT (sc, start - 3, "前") &&
      !(start >= floor_start + 6 && (AT (sc, start - 6, "目前") || AT (sc, start - 6, "当前"))))
    return 0;
  if (m.bare && find_word (sc, sc->major_start, start, &money_words) == G_MAXSIZE)
    return 0;

  qualifier = m.qualifier;
  after = m.end;
  if ((word = lex_head (&suffix_qualifiers, sc->s + after, sc->s + sc->length)) != NULL)
    {
      qualifier = word->tag;
      after += word->length;
    }
  if ((word = lex_tail (&prefix_qualifiers, sc->s + floor_start, sc->s + start)) != NULL)
    {
      if (qualifier == FAZHI_FIGURE_QUALIFIER_EXACT)
        qualifier = word->tag;
      qual_start = start - word->length;
    }

  raw.start = floor_start;
  raw.end = qual_start;
  trim_spaces (sc, &raw);

  n = tail_length (sc, raw.start, raw.end, &shared_links);
  if (n > 0 && sc->clause_start > sc->major_start)
    {
      Span items = { MAX (sc->major_start, sc->last_end), raw.end - n };

      emit_shared (sc, items, value, &m, qualifier, start);
    }
  else
    emit (sc, value, m.unit, m.unit_length, m.kind, qualifier, make_subject (sc, raw, m.kind, after), start, m.end);

  sc->last_end = after;
  return after;
}

/* Skips a run of digits and the characters that glue codes together. */
static gsize
skip_code (const Scan *sc,
           gsize       i)
{
  while (i < sc->length && is_ascii_word_char (sc->s[i]))
    i++;
  return i;
}

/* "1:3", "1∶3", "1比3": the value is the first term and the unit is ":"
 * followed by the second, so both survive and the unit reads as the
 * ratio's other side. */
static gsize
scan_ratio (Scan  *sc,
            gsize  start,
            gsize  end,
            double value)
{
  gsize j = end + (sc->s[end] == ':' ? 1 : 3);
  gsize k = j;
  char  unit[32];
  Span  raw;

  while (k < sc->length && g_ascii_isdigit (sc->s[k]) && k - j < 8)
    k++;
  if (k == j || (k < sc->length && (is_ascii_word_char (sc->s[k]) || sc->s[k] == ':')))
    return 0;
  /* 9:05 is a time, not a ratio. */
  if (sc->s[end] == ':' &&
      ((k - j == 2 && sc->s[j] == '0') || tail_length (sc, sc->clause_start, start, &times_of_day) > 0))
    return 0;

  /* ":" and at most eight digits. */
  unit[0] = ':';
  memcpy (unit + 1, sc->s + j, k - j);
  raw.start = MAX (sc->clause_start, sc->last_end);
  raw.end = start;
  emit (sc, value, unit, k - j + 1, FAZHI_FIGURE_KIND_RATIO, FAZHI_FIGURE_QUALIFIER_EXACT,
        make_subject (sc, raw, FAZHI_FIGURE_KIND_RATIO, k), start, k);
  sc->last_end = k;
  return k;
}

static gsize
scan_ascii (Scan *sc,
            gsize i)
{
  gsize  n = 0;
  double value = 0.0;
  gsize  end;
  gsize  next;

  /* Digits glued to letters belong to a code (N95, G60), and titles
   * quote names, not figures. */
  if ((i > 0 && is_ascii_word_char (sc->s[i - 1])) || sc->title_depth > 0)
    return skip_code (sc, i);

  _fazhi_parse_number (sc->s + i, sc->length - i, &n, &value, NULL);
  end = i + n;

  if (end < sc->length)
    {
      char  c = sc->s[end];
      gsize second = end + (c == ':' ? 1 : 3);

      if ((c == ':' || AT (sc, end, "∶") || AT (sc, end, "比")) &&
          second < sc->length && g_ascii_isdigit (sc->s[second]))
        {
          next = scan_ratio (sc, i, end, value);
          return next > 0 ? next : skip_code (sc, end);
        }
      /* 2021.1.28, 0571-8888, 3-5, 5G: not a quantity. */
      if (is_ascii_word_char (c))
        return skip_code (sc, end);
    }

  next = finish_number (sc, i, end, value);
  return next > 0 ? next : end;
}

static gsize
skip_cn_numerals (const Scan *sc,
                  gsize       i)
{
  while (i + 3 <= sc->length && _fazhi_cn_numeral (sc->s + i) != FAZHI_CN_NONE)
    i += 3;
  return i;
}

static gsize
scan_chinese (Scan *sc,
              gsize i)
{
  gsize  n = 0;
  double value = 0.0;
  gsize  end;
  gsize  next;

  if (!_fazhi_parse_number (sc->s + i, sc->length - i, &n, &value, NULL))
    return i + 3;
  end = i + n;

  /* Quoted slogans (“四个扎实”), titles, a lone 一 (一是, 统一, 一项重要)
   * and set phrases are not counts. */
  if (sc->quote_depth > 0 || sc->title_depth > 0 || value == 0.0 ||
      (n == 3 && value == 1.0) || head_length (sc, i, sc->length, &set_phrases) > 0)
    return skip_cn_numerals (sc, end);

  next = finish_number (sc, i, end, value);
  return next > 0 ? next : skip_cn_numerals (sc, end);
}

/* 百分之九十五, 百分之百, 百分之30 */
static gsize
scan_cn_percent (Scan *sc,
                 gsize i)
{
  gsize  j = i + sizeof ("百分之") - 1;
  gsize  n = 0;
  double value = 0.0;
  gsize  end;
  Span   raw;

  if (AT (sc, j, "百"))
    {
      value = 100.0;
      n = 3;
    }
  else if (!_fazhi_parse_number (sc->s + j, sc->length - j, &n, &value, NULL))
    return j;
  end = j + n;
  if (sc->quote_depth > 0 || sc->title_depth > 0)
    return end;

  raw.start = MAX (sc->clause_start, sc->last_end);
  raw.end = i;
  emit (sc, value, "%", 1, FAZHI_FIGURE_KIND_PERCENTAGE, FAZHI_FIGURE_QUALIFIER_EXACT,
        make_subject (sc, raw, FAZHI_FIGURE_KIND_PERCENTAGE, end), i, end);
  sc->last_end = end;
  return end;
}

/* At 第: a rank in a ranking context, otherwise an ordinal that is
 * skipped whole (第一责任人, 第三届, 第一批). */
static gsize
scan_rank (Scan *sc,
           gsize i)
{
  gsize    j = i + 3;
  gsize    n = 0;
  double   value = 0.0;
  gsize    end;
  gsize    rank_end;
  gsize    scope;
  gsize    context;
  gsize    verb;
  gboolean named;
  Span     raw;

  if (j >= sc->length || !_fazhi_parse_number (sc->s + j, sc->length - j, &n, &value, NULL))
    return j;
  end = j + n;
  if (g_ascii_isdigit (sc->s[j]) && end < sc->length && is_ascii_word_char (sc->s[end]))
    return skip_code (sc, end);
  if (sc->quote_depth > 0 || sc->title_depth > 0 || value < 1.0 || value > 9999.0 ||
      value != (double) (guint) value)
    return end;

  named = (AT (sc, end, "名") && !AT (sc, end, "名单")) || AT (sc, end, "位");
  rank_end = named ? end + 3 : end;
  if (!named &&
      (head_length (sc, end, sc->length, &not_ranks) > 0 || head_length (sc, end, sc->length, &units) > 0 ||
       (end + 3 <= sc->length && _fazhi_cn_numeral (sc->s + end) != FAZHI_CN_NONE)))
    return end;

  scope = tail_length (sc, sc->clause_start, i, &rank_scopes);
  context = i - scope;
  verb = tail_length (sc, sc->clause_start, context, &rank_verbs);
  if (verb == 0)
    verb = consecutive_years (sc, sc->clause_start, context);
  if (!named && scope == 0 && verb == 0)
    return end;

  raw.start = MAX (sc->clause_start, sc->last_end);
  raw.end = MAX (context - verb, raw.start);
  emit (sc, value, "", 0, FAZHI_FIGURE_KIND_RANK, FAZHI_FIGURE_QUALIFIER_EXACT,
        make_rank_subject (sc, raw), context, rank_end);
  sc->last_end = rank_end;
  return rank_end;
}

/* Clauses ----------------------------------------------------------- */

typedef enum
{
  BOUNDARY_ITEM,     /* 、 */
  BOUNDARY_CLAUSE,   /* ， ： */
  BOUNDARY_SENTENCE, /* 。 ； ！ ？ and the end of a heading line */
} Boundary;

static void
boundary (Scan    *sc,
          gsize    at_offset,
          gsize    next,
          Boundary kind)
{
  sc->clause_start = next;
  if (kind == BOUNDARY_ITEM)
    return;

  sc->prev_major_start = sc->major_start;
  sc->prev_major_end = at_offset;
  sc->major_start = next;
  sc->major_first = sc->figures->len + sc->n_pending;

  if (kind == BOUNDARY_SENTENCE)
    {
      sc->prev_major_start = G_MAXSIZE;
      sc->sentence_first = sc->figures->len + sc->n_pending;
      /* An unbalanced quote or bracket must not hide the rest of the paragraph. */
      sc->quote_depth = 0;
      sc->title_depth = 0;
      sc->paren_depth = 0;
    }
}

/* Parentheses hold a remark; the clause around them goes on after them,
 * and numbers inside them count in their own clause ("(含孵化器2家)"). */
static void
open_paren (Scan *sc,
            gsize next)
{
  if (sc->paren_depth++ == 0)
    {
      sc->paren_clause_start = sc->clause_start;
      sc->paren_major_start = sc->major_start;
    }
  sc->clause_start = next;
}

static void
close_paren (Scan *sc)
{
  if (sc->paren_depth == 0 || --sc->paren_depth > 0)
    return;
  sc->clause_start = sc->paren_clause_start;
  sc->major_start = sc->paren_major_start;
}

/* A line that is a heading ("（四）坚持严格规范公正文明执法") runs on
 * into its first body line when it has no final punctuation; it must
 * not become part of the body's first subject. */
static gboolean
is_heading_line (const Scan *sc,
                 gsize       start,
                 gsize       end)
{
  const guchar *p = (const guchar *) sc->s + start;
  gsize         i = start;

  if (end - start > 90 || end - start < 4)
    return FALSE;

  if (!(p[0] == 0xE2 && p[1] == 0x91 && p[2] >= 0xA0 && p[2] <= 0xB3))
    {
      gsize digits_start;

      if (sc->s[i] == '(')
        i++;
      digits_start = i;
      while (i < end && g_ascii_isdigit (sc->s[i]))
        i++;
      if (i == digits_start)
        while (i + 3 <= end && _fazhi_cn_numeral (sc->s + i) != FAZHI_CN_NONE)
          i += 3;
      if (i == digits_start || i >= end || !(sc->s[i] == ')' || sc->s[i] == '.' || AT (sc, i, "、")))
        return FALSE;
    }

  /* A numbered sentence ("1.推进简政放权。全面清理…") is no heading. */
  for (gsize k = i; k + 3 <= end; k += _fazhi_utf8_length ((guchar) sc->s[k]))
    if (AT (sc, k, "。") || AT (sc, k, "；"))
      return FALSE;
  return TRUE;
}

static void
find_next_break (Scan *sc)
{
  const FazhiParagraph *paragraph = sc->paragraph;

  sc->next_break = G_MAXSIZE;
  for (; sc->next_segment < paragraph->n_segments; sc->next_segment++)
    {
      gsize start = paragraph->segments[sc->next_segment - 1].para_offset;
      gsize end = paragraph->segments[sc->next_segment].para_offset;

      if (is_heading_line (sc, start, end))
        {
          sc->next_break = end;
          sc->next_segment++;
          return;
        }
    }
}

/* The main loop ----------------------------------------------------- */

void
_fazhi_extract_figure_records (FazhiDocument        *document,
                               const FazhiParagraph *paragraph,
                               GArray               *figures)
{
  Scan              sc = { 0 };
  FazhiFigureRecord pending[PENDING_RECORDS];
  const guchar     *s;
  gsize             i = 0;

  g_return_if_fail (FAZHI_IS_DOCUMENT (document));
  g_return_if_fail (paragraph != NULL);
  g_return_if_fail (figures != NULL);

  ensure_lexicons ();

  sc.document = document;
  sc.paragraph = paragraph;
  sc.figures = figures;
  sc.pending = pending;
  sc.s = paragraph->text;
  sc.length = paragraph->length;
  sc.prev_major_start = G_MAXSIZE;
  sc.sentence_first = figures->len;
  sc.major_first = figures->len;
  sc.next_segment = 1;
  find_next_break (&sc);
  s = (const guchar *) sc.s;

  while (i < sc.length)
    {
      guchar   b;
      gunichar c;

      /* The fast path: runs of CJK characters that start nothing. Any
       * other first byte stops it too (see row_of_lead); the three
       * bytes read are there either way. Two characters a round, since
       * most runs are several characters long. */
      while (i + 6 <= sc.length)
        {
          guint64 first = stop_chars[row_of_lead[s[i]] | (s[i + 1] & 0x3F)] >> (s[i + 2] & 0x3F);
          guint64 second = stop_chars[row_of_lead[s[i + 3]] | (s[i + 4] & 0x3F)] >> (s[i + 5] & 0x3F);

          if ((first | second) & 1)
            {
              i += (~first & 1) * 3;
              break;
            }
          i += 6;
        }
      while (i + 3 <= sc.length && !((stop_chars[row_of_lead[s[i]] | (s[i + 1] & 0x3F)] >> (s[i + 2] & 0x3F)) & 1))
        i += 3;
      if (i >= sc.length)
        break;
      b = s[i];

      /* A heading line's end matters only to what comes after it. */
      if (G_UNLIKELY (i >= sc.next_break))
        {
          boundary (&sc, sc.next_break, sc.next_break, BOUNDARY_SENTENCE);
          find_next_break (&sc);
        }

      if (b < 0x80)
        {
          if (b >= '0' && b <= '9')
            {
              i = scan_ascii (&sc, i);
              continue;
            }
          if (b == ',' || b == ':')
            boundary (&sc, i, i + 1, BOUNDARY_CLAUSE);
          else if (b == ';' || b == '!' || b == '?')
            boundary (&sc, i, i + 1, BOUNDARY_SENTENCE);
          else if (b == '(')
            open_paren (&sc, i + 1);
          else if (b == ')')
            close_paren (&sc);
          i++;
          continue;
        }
      if (b < 0xE0 || b >= 0xF0 || i + 3 > sc.length)
        {
          i += _fazhi_utf8_length (b);
          continue;
        }

      c = _fazhi_utf8_3 (s + i);
      switch (c)
        {
        case 0x7B2C: /* 第 */
          i = scan_rank (&sc, i);
          continue;
        case 0x767E: /* 百 */
          if (AT (&sc, i, "百分之"))
            {
              i = scan_cn_percent (&sc, i);
              continue;
            }
          break;
        case 0x3001: /* 、 */
          /* “种子、天使、风险、担保”基金: a quoted list is one name. */
          if (sc.quote_depth == 0)
            boundary (&sc, i, i + 3, BOUNDARY_ITEM);
          break;
        case 0xFF0C: /* ， */
        case 0xFF1A: /* ： */
          boundary (&sc, i, i + 3, BOUNDARY_CLAUSE);
          break;
        case 0x3002: /* 。 */
        case 0xFF1B: /* ； */
        case 0xFF01: /* ！ */
        case 0xFF1F: /* ？ */
          boundary (&sc, i, i + 3, BOUNDARY_SENTENCE);
          break;
        case 0x201C: /* “ */
          sc.quote_depth++;
          break;
        case 0x201D: /* ” */
          sc.quote_depth = MAX (sc.quote_depth - 1, 0);
          break;
        case 0x300A: /* 《 */
          sc.title_depth++;
          break;
        case 0x300B: /* 》 */
          sc.title_depth = MAX (sc.title_depth - 1, 0);
          break;
        default:
          /* The other stop characters are numerals. */
          i = scan_chinese (&sc, i);
          continue;
        }
      i += 3;
    }
  if (sc.n_pending > 0)
    flush_pending (&sc);
}

void
_fazhi_extract_figures (FazhiDocument        *document,
                        const FazhiParagraph *paragraph,
                        GPtrArray            *figures)
{
  g_autoptr (GArray) records = g_array_new (FALSE, FALSE, sizeof (FazhiFigureRecord));

  _fazhi_extract_figure_records (document, paragraph, records);
  for (guint i = 0; i < records->len; i++)
    g_ptr_array_add (figures, _fazhi_figure_new_from_record (&g_array_index (records, FazhiFigureRecord, i)));
}
