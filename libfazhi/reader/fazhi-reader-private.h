/* fazhi-reader-private.h: the reader's working state
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Reading happens in stages over one FazhiDocument:
 *   structure  (fazhi-structure.c)  front matter, headings, sections, run-in items
 *   classify   (fazhi-classify.c)   parts, areas, framework, genre, year, level
 *   evidence   (fazhi-figures.c, fazhi-targets.c, fazhi-duties.c)
 * and fazhi-reader.c turns the result into a FazhiReport. The lexicon
 * (fazhi-lexicon.c) is what the catalogs compile to: one matcher for all
 * their phrases, shared read-only by every read.
 */

#pragma once

#include "fazhi-bigrams-private.h"
#include "fazhi-catalog.h"
#include "fazhi-document-private.h"
#include "fazhi-matcher-private.h"
#include "fazhi-report.h"

G_BEGIN_DECLS

/* Declarations are aligned in columns by hand. */
/* clang-format off */

/* What a phrase of the lexicon belongs to. */
typedef enum
{
  FAZHI_PHRASE_AREA,
  FAZHI_PHRASE_PART,
  FAZHI_PHRASE_DUTY,
  FAZHI_PHRASE_GENRE,
} FazhiPhraseGroup;

typedef struct
{
  FazhiPhraseGroup group;
  guint            catalog;   /* index into the lexicon's outlines (areas only) */
  guint            entry;     /* index of the entry in its catalog */
  float            weight;    /* longer phrases say more */
  gboolean         is_title;  /* the entry's title rather than a keyword */
} FazhiPhraseInfo;

/* Bigrams of an outline entry's title, for paraphrased headings. */
typedef struct
{
  guint64 *bigrams;
  guint    n_bigrams;
} FazhiBigramSet;

typedef struct
{
  FazhiMatcher     *matcher;
  GArray           *phrases;     /* FazhiPhraseInfo, indexed by phrase id */
  GPtrArray        *outlines;    /* FazhiCatalog, built-in first */
  GPtrArray        *title_bigrams; /* per outline: FazhiBigramSet[n_entries] */
  FazhiCatalog     *parts;
  FazhiCatalog     *duties;
  FazhiCatalog     *genres;
} FazhiLexicon;

FazhiLexicon *_fazhi_lexicon_new   (GPtrArray         *extra_outlines);
FazhiLexicon *_fazhi_lexicon_ref   (FazhiLexicon      *self);
void          _fazhi_lexicon_unref (FazhiLexicon      *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FazhiLexicon, _fazhi_lexicon_unref)

/* A phrase found in a paragraph or heading. */
typedef struct
{
  guint32 id;
  guint32 start;
  guint32 end;
} FazhiHit;

/* A text's hits are a run of one pool shared by all texts, which saves an
 * array (and its growth) per paragraph. */
typedef struct
{
  gsize first;
  gsize count;
} FazhiHitRun;

/* Heading marker styles, in the order GB/T 9704 nests them. */
typedef enum
{
  FAZHI_MARK_NONE,       /* an unmarked part heading ("存在的问题") */
  FAZHI_MARK_CHAPTER,    /* 第一部分 */
  FAZHI_MARK_CN_COMMA,   /* 一、 */
  FAZHI_MARK_CN_PAREN,   /* （一） (一) */
  FAZHI_MARK_NUM_DOT,    /* 1. 1、 */
  FAZHI_MARK_NUM_PAREN,  /* （1） (1) */
  FAZHI_MARK_CIRCLED,    /* ① */
  FAZHI_MARK_RUN_IN,     /* 一是 … 二是 … inside a paragraph */
} FazhiMark;

typedef struct
{
  FazhiMark   mark;
  guint       number;        /* the item's number (一 = 1), 0 if none */
  guint       level;         /* 1 = top */
  guint       line;          /* line of the heading */
  guint       end_line;      /* last line of the section's own text */
  int         parent;        /* index of the parent section, -1 if none */
  gsize       heading_start; /* normalised span of the heading text, */
  gsize       heading_end;   /* without marker and closing punctuation */
  gsize       body_start;    /* normalised span of the body */
  gsize       body_end;
  const char *part;          /* slug (from the parts catalog) or NULL */
  const char *area;          /* slug (from the framework catalog) or NULL */
  double      area_score;
  gboolean    own_part;      /* the part was recognised on this heading */
  GPtrArray  *paragraphs;    /* FazhiParagraph of the body */
  guint       first_run;     /* index in hit_runs of the heading's hits;
                              * the paragraphs' follow */
} FazhiReaderSection;

typedef struct
{
  FazhiLexicon      *lexicon;
  FazhiDocument     *document;
  const char        *norm;
  gsize              norm_length;
  const FazhiLine   *lines;
  guint              n_lines;
  guint              first_line;

  /* front matter and signature, 0 when absent */
  guint              title_line;
  guint              title_last_line;
  guint              agency_line;
  guint              addressee_line;
  guint              signature_line;
  guint              date_line;
  guint              body_first_line;
  guint              body_last_line;

  char              *title;       /* original text */
  char              *agency;
  char              *addressee;
  GDate             *date;
  int                year;
  int                title_year;

  GArray            *sections;    /* FazhiReaderSection */
  GPtrArray         *preamble;    /* FazhiParagraph before the first heading */

  guint8            *agency_phrases; /* area phrase ids in the agency's name */
  FazhiHitRun       *hit_runs;       /* the preamble's paragraphs, then per
                                      * section its heading and paragraphs */
  guint              n_hit_runs;
  FazhiHit          *hit_pool;       /* every run's hits in turn */
  gsize              n_hits;
  gsize              hits_capacity;
  guint32           *stamps;         /* per phrase id: the text it was last counted in */
  guint32            stamp;
  gpointer           classify_scratch; /* fazhi-classify.c's, made on first use */

  FazhiCatalog      *framework;
  guint              framework_index;
  gboolean           is_report;
  FazhiReportLevel   level;
} FazhiReadState;

void     _fazhi_read_state_init       (FazhiReadState *state,
                                       FazhiLexicon   *lexicon,
                                       FazhiDocument  *document);
void     _fazhi_read_state_clear      (FazhiReadState *state);

/* Several stages read the same text (parts and areas the headings, areas,
 * duties and genre the paragraphs): the matcher scans every heading and
 * paragraph once, right after the sections are read, and the stages read
 * the hits. The pool does not change after that, so the pointers stay
 * valid until _fazhi_read_state_clear(). */
void     _fazhi_read_state_scan_all   (FazhiReadState *state);
/* The hits of the preamble's paragraph @p (@section < 0), or of section
 * @section's heading (@p < 0) or paragraph @p. */
const FazhiHit *_fazhi_read_state_hits (FazhiReadState *state,
                                        int             section,
                                        int             p,
                                        gsize          *n_hits);

/* fazhi-structure.c */
void     _fazhi_read_front_matter     (FazhiReadState *state);
void     _fazhi_read_sections         (FazhiReadState *state);

/* fazhi-classify.c */
void     _fazhi_classify_parts        (FazhiReadState *state);
void     _fazhi_classify_framework    (FazhiReadState *state);
void     _fazhi_classify_genre        (FazhiReadState *state);
void     _fazhi_classify_part_items   (FazhiReadState *state,
                                       const char     *part);
void     _fazhi_classify_year_and_level (FazhiReadState *state);
void     _fazhi_classify_clear        (FazhiReadState *state);
const char *_fazhi_classify_text_area (FazhiReadState *state,
                                       const FazhiHit *hits,
                                       gsize           n_hits,
                                       double         *score);

/* fazhi-duties.c */
/* A set of 64-bit keys, open addressing: a hash table would allocate a
 * key each. Zero-initialise; free with _fazhi_key_set_clear(). */
typedef struct
{
  guint64           *slots;       /* key + 1, 0 for an empty slot */
  gsize              capacity;    /* a power of two, or 0 */
  gsize              n_keys;
} FazhiKeySet;

void     _fazhi_key_set_clear         (FazhiKeySet    *set);

/* Appends FazhiDutyRecord to @duties (no clear function). @hits are the
 * phrases found in @paragraph. @seen holds the duty sentences already
 * taken. */
void     _fazhi_find_duty_evidence    (FazhiReadState *state,
                                       const FazhiParagraph *paragraph,
                                       const FazhiHit *hits,
                                       gsize           n_hits,
                                       GArray         *duties,
                                       FazhiKeySet    *seen);

/* The normalised text of a section's heading, as a new string. */
char    *_fazhi_section_dup_heading   (FazhiReadState *state,
                                       const FazhiReaderSection *section);

/* clang-format on */

G_END_DECLS
