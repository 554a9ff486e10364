/* fazhi-document-private.h: the matching view of a document
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Next to the decoded text a document keeps a normalised copy used only
 * for matching: full-width digits, letters and brackets become ASCII,
 * odd spaces become plain ones, and spaces that PDF extraction leaves
 * between CJK characters and inside numbers are dropped. Every offset in
 * the normalised copy maps back to the original text and its line, so
 * whatever the reader extracts keeps its original wording and line.
 *
 * Paragraphs repair what extraction broke: lines are joined across page
 * breaks (blank lines inside a sentence) and stray page numbers are left
 * out.
 */

#pragma once

#include "fazhi-document.h"

G_BEGIN_DECLS

/* Declarations are aligned in columns by hand. */
/* clang-format off */

typedef enum
{
  FAZHI_LINE_BLANK         = 1 << 0, /* nothing but spaces */
  FAZHI_LINE_PAGE_NUMBER   = 1 << 1, /* "— 3 —", "-3-", "第3页", "3/12" */
  FAZHI_LINE_ENDS_SENTENCE = 1 << 2, /* ends with 。！？；： or the like */
} FazhiLineFlags;

typedef struct
{
  gsize orig_start; /* offset in the decoded text */
  gsize orig_len;   /* without the line end */
  gsize norm_start; /* offset in the normalised text */
  gsize norm_len;
  guint flags;      /* FazhiLineFlags */
} FazhiLine;

/* One stretch of a paragraph that comes from one line. */
typedef struct
{
  gsize para_offset; /* where the stretch starts in the paragraph text */
  gsize norm_offset; /* where it starts in the document's normalised text */
  guint line;        /* 1-based line */
} FazhiSegment;

typedef struct
{
  char   *text;        /* normalised text of the repaired paragraph, in
                        * the same allocation as the struct */
  gsize   length;
  guint   first_line;
  guint   last_line;
  guint   n_segments;
  FazhiSegment *segments;
} FazhiParagraph;

FazhiDocument   *_fazhi_document_new_from_text_at   (const char     *text,
                                                     gssize          length,
                                                     const char     *name,
                                                     guint           first_line,
                                                     GError        **error);
const FazhiLine *_fazhi_document_get_lines          (FazhiDocument  *self,
                                                     guint          *n_lines);
guint            _fazhi_document_get_first_line     (FazhiDocument  *self);
const char      *_fazhi_document_get_norm           (FazhiDocument  *self,
                                                     gsize          *length);
gsize            _fazhi_document_norm_to_orig       (FazhiDocument  *self,
                                                     gsize           norm_offset);
guint            _fazhi_document_norm_to_line       (FazhiDocument  *self,
                                                     gsize           norm_offset);
char            *_fazhi_document_dup_original       (FazhiDocument  *self,
                                                     gsize           norm_start,
                                                     gsize           norm_end);
/* The same original text, borrowed from the document (not terminated):
 * for callers that copy it into a block of their own. */
const char      *_fazhi_document_peek_original      (FazhiDocument  *self,
                                                     gsize           norm_start,
                                                     gsize           norm_end,
                                                     gsize          *length);

/* Paragraphs of the normalised span [norm_start, norm_end), which may
 * start and end in the middle of a line. Appends FazhiParagraph pointers
 * (free with _fazhi_paragraph_free) to @out. */
void             _fazhi_document_collect_paragraphs (FazhiDocument  *self,
                                                     gsize           norm_start,
                                                     gsize           norm_end,
                                                     GPtrArray      *out);
void             _fazhi_paragraph_free              (FazhiParagraph *paragraph);
/* The segment that holds @para_offset: the last one that starts at or
 * before it. */
const FazhiSegment *_fazhi_paragraph_find_segment   (const FazhiParagraph *paragraph,
                                                     gsize           para_offset);
gsize            _fazhi_paragraph_to_norm           (const FazhiParagraph *paragraph,
                                                     gsize           para_offset);
guint            _fazhi_paragraph_to_line           (const FazhiParagraph *paragraph,
                                                     gsize           para_offset);
/* The original text of [from, to) of a paragraph, without the line breaks,
 * blank lines and page numbers that the paragraph was repaired across. */
char            *_fazhi_paragraph_dup_original      (FazhiDocument  *self,
                                                     const FazhiParagraph *paragraph,
                                                     gsize           from,
                                                     gsize           to);

/* The normalisation itself, for text that is not a document (catalog
 * keywords, user input). Returns a new string. */
char            *_fazhi_normalize                   (const char     *text,
                                                     gssize          length);

/* Whether a normalised line ends a sentence; exposed for the reader's
 * heading logic and tested on its own. */
gboolean         _fazhi_text_ends_sentence          (const char     *text,
                                                     gsize           length);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FazhiParagraph, _fazhi_paragraph_free)

/* clang-format on */

G_END_DECLS
