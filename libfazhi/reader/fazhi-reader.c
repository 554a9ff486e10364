/* fazhi-reader.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "fazhi-error.h"
#include "fazhi-evidence-private.h"
#include "fazhi-reader.h"
#include "fazhi-reader-private.h"
#include "fazhi-report-private.h"

/* A stream of unknown length is read into a buffer of this size at first,
 * doubled as needed; the size limit is checked before each doubling, so it
 * is enforced before the memory is spent. */
#define FIRST_CHUNK (16 * 1024)

/**
 * FazhiReader:
 *
 * Reads report text into a [class@Fazhi.Report].
 *
 * The reader decodes the input (see [class@Fazhi.Document]), finds the
 * title, agency, addressee, signature and date, the heading hierarchy and
 * run-in items, the report's parts and each measures section's obligation
 * area, and extracts the evidence: figures, next year's targets and the
 * sentences that show the principal leaders' duties. Every extracted item
 * keeps its original wording and its 1-based line in the input.
 *
 * A reader holds no state between reads and may be used from several
 * threads at once; [class@Fazhi.Batch] does so to read many files.
 *
 * ```c
 * g_autoptr(FazhiReader) reader = fazhi_reader_new ();
 * g_autoptr(GError) error = NULL;
 * g_autoptr(FazhiReport) report = fazhi_reader_read_path (reader, "report.txt", NULL, &error);
 * ```
 */
struct _FazhiReader
{
  GObject parent_instance;

  guint64       max_size;
  GMutex        mutex;
  GPtrArray    *extra_outlines;
  FazhiLexicon *lexicon; /* built on first use, under mutex */
};

G_DEFINE_FINAL_TYPE (FazhiReader, fazhi_reader, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_MAX_SIZE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fazhi_reader_finalize (GObject *object)
{
  FazhiReader *self = (FazhiReader *) object;

  g_clear_pointer (&self->lexicon, _fazhi_lexicon_unref);
  g_clear_pointer (&self->extra_outlines, g_ptr_array_unref);
  g_mutex_clear (&self->mutex);

  G_OBJECT_CLASS (fazhi_reader_parent_class)->finalize (object);
}

static void
fazhi_reader_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  FazhiReader *self = FAZHI_READER (object);

  switch (prop_id)
    {
    case PROP_MAX_SIZE:
      g_value_set_uint64 (value, fazhi_reader_get_max_size (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fazhi_reader_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  FazhiReader *self = FAZHI_READER (object);

  switch (prop_id)
    {
    case PROP_MAX_SIZE:
      fazhi_reader_set_max_size (self, g_value_get_uint64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fazhi_reader_class_init (FazhiReaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fazhi_reader_finalize;
  object_class->get_property = fazhi_reader_get_property;
  object_class->set_property = fazhi_reader_set_property;

  /**
   * FazhiReader:max-size:
   *
   * The largest input, in bytes, the reader accepts; larger input fails
   * with %FAZHI_READER_ERROR_TOO_LARGE before it is read into memory.
   */
  properties[PROP_MAX_SIZE] =
    g_param_spec_uint64 ("max-size", NULL, NULL,
                         1, G_MAXUINT64, FAZHI_READER_DEFAULT_MAX_SIZE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fazhi_reader_init (FazhiReader *self)
{
  g_mutex_init (&self->mutex);
  self->max_size = FAZHI_READER_DEFAULT_MAX_SIZE;
  self->extra_outlines = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * fazhi_reader_new:
 *
 * Creates a reader that knows the built-in outlines.
 *
 * Returns: (transfer full): a new reader
 */
FazhiReader *
fazhi_reader_new (void)
{
  return g_object_new (FAZHI_TYPE_READER, NULL);
}

/**
 * fazhi_reader_get_max_size:
 * @self: a reader
 *
 * Returns: the largest input in bytes the reader accepts
 */
guint64
fazhi_reader_get_max_size (FazhiReader *self)
{
  guint64 max_size;

  g_return_val_if_fail (FAZHI_IS_READER (self), 0);

  g_mutex_lock (&self->mutex);
  max_size = self->max_size;
  g_mutex_unlock (&self->mutex);

  return max_size;
}

/**
 * fazhi_reader_set_max_size:
 * @self: a reader
 * @max_size: the largest input in bytes to accept, at least 1
 *
 * Sets [property@Fazhi.Reader:max-size].
 */
void
fazhi_reader_set_max_size (FazhiReader *self,
                           guint64      max_size)
{
  gboolean changed;

  g_return_if_fail (FAZHI_IS_READER (self));
  g_return_if_fail (max_size > 0);

  g_mutex_lock (&self->mutex);
  changed = self->max_size != max_size;
  self->max_size = max_size;
  g_mutex_unlock (&self->mutex);

  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_SIZE]);
}

/**
 * fazhi_reader_add_outline:
 * @self: a reader
 * @outline: an outline catalog, such as a province's own
 *
 * Lets the reader consider @outline when it decides which outline a
 * report follows and which area each section is about. The built-in
 * outlines are always considered.
 */
void
fazhi_reader_add_outline (FazhiReader  *self,
                          FazhiCatalog *outline)
{
  g_return_if_fail (FAZHI_IS_READER (self));
  g_return_if_fail (FAZHI_IS_CATALOG (outline));
  g_return_if_fail (fazhi_catalog_get_kind (outline) == FAZHI_CATALOG_KIND_OUTLINE);

  g_mutex_lock (&self->mutex);
  g_ptr_array_add (self->extra_outlines, g_object_ref (outline));
  /* Reads under way keep the lexicon they started with. */
  g_clear_pointer (&self->lexicon, _fazhi_lexicon_unref);
  g_mutex_unlock (&self->mutex);
}

static FazhiLexicon *
acquire_lexicon (FazhiReader *self)
{
  FazhiLexicon *lexicon;

  g_mutex_lock (&self->mutex);
  if (self->lexicon == NULL)
    self->lexicon = _fazhi_lexicon_new (self->extra_outlines);
  lexicon = _fazhi_lexicon_ref (self->lexicon);
  g_mutex_unlock (&self->mutex);

  return lexicon;
}

/* ------------------------------------------------------------------ */
/* From reading state to report                                        */
/* ------------------------------------------------------------------ */

void
_fazhi_read_state_init (FazhiReadState *state,
                        FazhiLexicon   *lexicon,
                        FazhiDocument  *document)
{
  memset (state, 0, sizeof *state);
  state->lexicon = lexicon;
  state->document = document;
  state->norm = _fazhi_document_get_norm (document, &state->norm_length);
  state->lines = _fazhi_document_get_lines (document, &state->n_lines);
  state->first_line = _fazhi_document_get_first_line (document);
  /* Reports have a few dozen headings: room for them up front saves the
   * reallocations of growing from one. */
  state->sections = g_array_sized_new (FALSE, TRUE, sizeof (FazhiReaderSection), 64);
}

static void
collect_hit (guint32  id,
             gsize    start,
             gsize    end,
             gpointer user_data)
{
  FazhiReadState *state = user_data;

  /* Inline rather than g_array_append_val: this runs for every hit. */
  if (G_UNLIKELY (state->n_hits == state->hits_capacity))
    {
      state->hits_capacity = MAX (2 * state->hits_capacity, 1024);
      state->hit_pool = g_renew (FazhiHit, state->hit_pool, state->hits_capacity);
    }
  state->hit_pool[state->n_hits++] = (FazhiHit){ id, (guint32) start, (guint32) end };
}

static void
scan_run (FazhiReadState *state,
          FazhiHitRun    *run,
          const char     *text,
          gsize           length)
{
  run->first = state->n_hits;
  _fazhi_matcher_scan (state->lexicon->matcher, text, length, collect_hit, state);
  run->count = state->n_hits - run->first;
}

static void
scan_paragraphs (FazhiReadState *state,
                 GPtrArray      *paragraphs,
                 FazhiHitRun    *runs)
{
  for (guint p = 0; paragraphs != NULL && p < paragraphs->len; p++)
    {
      const FazhiParagraph *paragraph = g_ptr_array_index (paragraphs, p);

      scan_run (state, &runs[p], paragraph->text, paragraph->length);
    }
}

void
_fazhi_read_state_scan_all (FazhiReadState *state)
{
  guint n_runs = state->preamble != NULL ? state->preamble->len : 0;
  guint next;

  for (guint i = 0; i < state->sections->len; i++)
    {
      FazhiReaderSection *section = &g_array_index (state->sections, FazhiReaderSection, i);

      section->first_run = n_runs;
      n_runs += 1 + (section->paragraphs != NULL ? section->paragraphs->len : 0);
    }
  state->hit_runs = g_new (FazhiHitRun, MAX (n_runs, 1));
  state->n_hit_runs = n_runs;
  /* Reports hold a phrase every 40 bytes or so: sized from the text, the
   * pool rarely needs to grow. */
  state->hits_capacity = MIN (state->norm_length / 32, 1 << 20) + 64;
  state->hit_pool = g_new (FazhiHit, state->hits_capacity);

  scan_paragraphs (state, state->preamble, state->hit_runs);
  next = state->preamble != NULL ? state->preamble->len : 0;
  for (guint i = 0; i < state->sections->len; i++)
    {
      FazhiReaderSection *section = &g_array_index (state->sections, FazhiReaderSection, i);

      /* The heading as it stands in the normalised text, which is what
       * parts and areas are recognised on. */
      scan_run (state, &state->hit_runs[next], state->norm + section->heading_start,
                section->heading_end - section->heading_start);
      scan_paragraphs (state, section->paragraphs, &state->hit_runs[next + 1]);
      next += 1 + (section->paragraphs != NULL ? section->paragraphs->len : 0);
    }
}

const FazhiHit *
_fazhi_read_state_hits (FazhiReadState *state,
                        int             section,
                        int             p,
                        gsize          *n_hits)
{
  guint              index = section < 0 ? (guint) p
                                         : g_array_index (state->sections, FazhiReaderSection, section).first_run + 1 + p;
  const FazhiHitRun *run = &state->hit_runs[index];

  *n_hits = run->count;
  return state->hit_pool + run->first;
}

void
_fazhi_read_state_clear (FazhiReadState *state)
{
  _fazhi_classify_clear (state);
  g_clear_pointer (&state->hit_runs, g_free);
  g_clear_pointer (&state->hit_pool, g_free);
  for (guint i = 0; i < state->sections->len; i++)
    g_clear_pointer (&g_array_index (state->sections, FazhiReaderSection, i).paragraphs, g_ptr_array_unref);
  g_clear_pointer (&state->sections, g_array_unref);
  g_clear_pointer (&state->preamble, g_ptr_array_unref);
  g_clear_pointer (&state->title, g_free);
  g_clear_pointer (&state->agency, g_free);
  g_clear_pointer (&state->addressee, g_free);
  g_clear_pointer (&state->date, g_date_free);
  g_clear_pointer (&state->agency_phrases, g_free);
  g_clear_pointer (&state->stamps, g_free);
}

/* Moves @offset past line ends and spaces, so a body that starts on the
 * line after its heading starts there. */
static gsize
skip_space (FazhiReadState *state,
            gsize           offset,
            gsize           limit)
{
  while (offset < limit && (state->norm[offset] == '\n' || state->norm[offset] == ' '))
    offset++;
  return offset;
}

static char *
dup_trimmed_original (FazhiReadState *state,
                      gsize           start,
                      gsize           end)
{
  g_autofree char *original = NULL;
  gsize            n;

  if (end <= start)
    return NULL;
  original = _fazhi_document_dup_original (state->document, start, end);
  n = strlen (original);
  while (n > 0 && g_ascii_isspace (original[n - 1]))
    n--;
  original[n] = '\0';
  return n > 0 ? g_steal_pointer (&original) : NULL;
}

/* Appends the section's record; the report makes the object if someone
 * asks for it. */
static void
add_section_record (FazhiReadState           *state,
                    const FazhiReaderSection *source,
                    GArray                   *records)
{
  gsize               body_start = skip_space (state, source->body_start, source->body_end);
  FazhiSectionRecord *record;

  g_array_set_size (records, records->len + 1);
  record = &g_array_index (records, FazhiSectionRecord, records->len - 1);
  record->heading = dup_trimmed_original (state, source->heading_start, source->heading_end);
  record->body = dup_trimmed_original (state, body_start, source->body_end);
  record->level = source->level;
  record->run_in = source->mark == FAZHI_MARK_RUN_IN;
  record->part = source->part;
  record->area = source->area;
  record->area_score = source->area_score;
  record->line = source->line;
  record->body_line = _fazhi_document_norm_to_line (state->document, body_start);
  record->end_line = MAX (source->end_line, source->line);
  record->source = state->document;
  record->source_start = body_start;
  record->source_end = source->body_end;
}

typedef struct
{
  FazhiReadState *state;
  GArray         *figures; /* FazhiFigureRecord */
  GArray         *duties;  /* FazhiDutyRecord */
  FazhiKeySet    *duty_seen;
  GPtrArray      *heading; /* the current heading's paragraphs */
} EvidenceSink;

static void
take_evidence (EvidenceSink         *sink,
               const FazhiParagraph *paragraph,
               const FazhiHit       *hits,
               gsize                 n_hits)
{
  _fazhi_extract_figure_records (sink->state->document, paragraph, sink->figures);
  _fazhi_find_duty_evidence (sink->state, paragraph, hits, n_hits, sink->duties, sink->duty_seen);
}

/* The paragraphs of section @section, or of the preamble if it is < 0. */
static void
take_paragraphs (EvidenceSink *sink,
                 int           section,
                 GPtrArray    *paragraphs)
{
  for (guint p = 0; paragraphs != NULL && p < paragraphs->len; p++)
    {
      gsize           n_hits;
      const FazhiHit *hits = _fazhi_read_state_hits (sink->state, section, p, &n_hits);

      take_evidence (sink, g_ptr_array_index (paragraphs, p), hits, n_hits);
    }
}

/* Headings can hold figures too ("（三）完成 12 项改革任务"). */
static void
take_heading (EvidenceSink *sink,
              guint         index)
{
  FazhiReadState           *state = sink->state;
  const FazhiReaderSection *section = &g_array_index (state->sections, FazhiReaderSection, index);
  const FazhiLine          *line = &state->lines[section->line - state->first_line];
  GPtrArray                *paragraphs = sink->heading;

  const FazhiParagraph *only;

  /* A heading within its text line (all marked ones, most run-in ones):
   * the paragraph _fazhi_document_collect_paragraphs() would make of it is
   * that stretch of the line, one segment, made here without an
   * allocation, and its phrases are the heading's. */
  if ((line->flags & (FAZHI_LINE_BLANK | FAZHI_LINE_PAGE_NUMBER)) == 0 &&
      section->heading_start >= line->norm_start && section->heading_end <= line->norm_start + line->norm_len &&
      section->heading_start < section->heading_end && section->heading_end <= state->norm_length)
    {
      gsize              length = section->heading_end - section->heading_start;
      char               local[256];
      g_autofree char   *heap = length < sizeof local ? NULL : g_malloc (length + 1);
      FazhiSegment       segment = { 0, section->heading_start, section->line };
      FazhiParagraph     paragraph = { heap != NULL ? heap : local, length, section->line, section->line, 1, &segment };
      const FazhiHitRun *run = &state->hit_runs[section->first_run];

      memcpy (paragraph.text, state->norm + section->heading_start, length);
      paragraph.text[length] = '\0';
      take_evidence (sink, &paragraph, state->hit_pool + run->first, run->count);
      return;
    }

  /* A run-in heading across a line break: its paragraph leaves the break
   * out, and its phrases are looked for again unless that makes no
   * difference. */
  g_ptr_array_set_size (paragraphs, 0);
  _fazhi_document_collect_paragraphs (state->document, section->heading_start, section->heading_end, paragraphs);
  only = paragraphs->len == 1 ? g_ptr_array_index (paragraphs, 0) : NULL;
  if (only != NULL && only->n_segments == 1 && only->segments[0].norm_offset == section->heading_start &&
      only->length == section->heading_end - section->heading_start)
    {
      const FazhiHitRun *run = &state->hit_runs[section->first_run];

      take_evidence (sink, only, state->hit_pool + run->first, run->count);
      return;
    }
  for (guint p = 0; p < paragraphs->len; p++)
    {
      const FazhiParagraph *paragraph = g_ptr_array_index (paragraphs, p);
      FazhiHitRun           run;

      /* Hits at the end of the pool, dropped again: the pool is done. */
      scan_run (state, &run, paragraph->text, paragraph->length);
      take_evidence (sink, paragraph, state->hit_pool + run.first, run.count);
      state->n_hits = run.first;
    }
}

/* A target for plans item @item_index, with everything under it, or for
 * its paragraph @only (>= 0) when the plans part is plain paragraphs. */
static void
add_target (FazhiReadState *state,
            FazhiReport    *report,
            guint           item_index,
            int             only)
{
  const FazhiReaderSection *item = &g_array_index (state->sections, FazhiReaderSection, item_index);
  g_autoptr (GPtrArray)     paragraphs = g_ptr_array_new ();
  g_autoptr (FazhiTarget)   target = NULL;
  g_autofree char          *text = NULL;
  g_autofree char          *heading = NULL;
  g_autofree char          *heading_norm = NULL;
  const char               *area;
  double                    score;
  guint                     line;

  if (only >= 0)
    {
      const FazhiParagraph *paragraph = g_ptr_array_index (item->paragraphs, only);
      gsize                 n_hits;
      const FazhiHit       *hits = _fazhi_read_state_hits (state, item_index, only, &n_hits);

      g_ptr_array_add (paragraphs, (gpointer) paragraph);
      text = _fazhi_paragraph_dup_original (state->document, paragraph, 0, paragraph->length);
      line = paragraph->first_line;
      /* A bare paragraph is classified on its own. */
      area = _fazhi_classify_text_area (state, hits, n_hits, &score);
    }
  else
    {
      gsize end = item->body_end;

      /* The item with everything under it. */
      for (guint p = 0; item->paragraphs != NULL && p < item->paragraphs->len; p++)
        g_ptr_array_add (paragraphs, g_ptr_array_index (item->paragraphs, p));
      for (guint k = item_index + 1; k < state->sections->len; k++)
        {
          const FazhiReaderSection *child = &g_array_index (state->sections, FazhiReaderSection, k);

          if (child->level <= item->level)
            break;
          end = MAX (end, child->body_end);
          for (guint p = 0; child->paragraphs != NULL && p < child->paragraphs->len; p++)
            g_ptr_array_add (paragraphs, g_ptr_array_index (child->paragraphs, p));
        }

      heading = dup_trimmed_original (state, item->heading_start, item->heading_end);
      heading_norm = _fazhi_section_dup_heading (state, item);
      text = dup_trimmed_original (state, item->heading_start, end);
      line = item->line;
      /* A plans item knows its area already. */
      area = item->area;
    }

  target = fazhi_target_new (text != NULL ? text : "");
  fazhi_target_set_heading (target, heading);
  fazhi_target_set_line (target, line);
  fazhi_target_set_area (target, area);

  _fazhi_fill_target (state->document, target, heading_norm, only < 0 ? item->heading_start : G_MAXSIZE,
                      paragraphs, state->year > 0 ? state->year + 1 : 0);
  fazhi_report_add_target (report, target);
}

static void
add_targets (FazhiReadState *state,
             FazhiReport    *report)
{
  for (guint i = 0; i < state->sections->len; i++)
    {
      const FazhiReaderSection *part = &g_array_index (state->sections, FazhiReaderSection, i);
      guint                     item_level = G_MAXUINT;
      gboolean                  any = FALSE;

      if (!part->own_part || g_strcmp0 (part->part, "plans") != 0)
        continue;

      for (guint k = i + 1; k < state->sections->len; k++)
        {
          const FazhiReaderSection *child = &g_array_index (state->sections, FazhiReaderSection, k);

          if (child->level <= part->level)
            break;
          item_level = MIN (item_level, child->level);
        }

      for (guint k = i + 1; k < state->sections->len; k++)
        {
          const FazhiReaderSection *child = &g_array_index (state->sections, FazhiReaderSection, k);

          if (child->level <= part->level)
            break;
          if (child->level == item_level)
            {
              add_target (state, report, k, -1);
              any = TRUE;
            }
        }

      /* A plans part written as plain paragraphs: each is a target. */
      if (!any)
        for (guint p = 0; part->paragraphs != NULL && p < part->paragraphs->len; p++)
          add_target (state, report, i, p);
    }
}

/**
 * fazhi_reader_read_document:
 * @self: a reader
 * @document: decoded report text
 *
 * Reads a document that is already decoded. This cannot fail: text that
 * is not a report gives a report whose [property@Fazhi.Report:is-report]
 * is %FALSE and whose parts are mostly missing.
 *
 * Returns: (transfer full): the report
 */
FazhiReport *
fazhi_reader_read_document (FazhiReader   *self,
                            FazhiDocument *document)
{
  g_autoptr (FazhiLexicon) lexicon = NULL;
  g_autoptr (FazhiReport)  report = NULL;
  g_autoptr (GArray)       figures = NULL;
  g_autoptr (GArray)       duties = NULL;
  g_autoptr (GArray)       sections = NULL;
  g_autoptr (GPtrArray)    heading = NULL;
  FazhiReadState           state;
  FazhiKeySet              duty_seen = { 0 };
  EvidenceSink             sink;

  g_return_val_if_fail (FAZHI_IS_READER (self), NULL);
  g_return_val_if_fail (FAZHI_IS_DOCUMENT (document), NULL);

  lexicon = acquire_lexicon (self);
  _fazhi_read_state_init (&state, lexicon, document);

  _fazhi_read_front_matter (&state);
  _fazhi_read_sections (&state);
  _fazhi_read_state_scan_all (&state);
  _fazhi_classify_year_and_level (&state);
  _fazhi_classify_parts (&state);
  _fazhi_classify_framework (&state);
  _fazhi_classify_part_items (&state, "shortcomings");
  _fazhi_classify_part_items (&state, "plans");
  _fazhi_classify_genre (&state);

  report = fazhi_report_new ();
  fazhi_report_set_document (report, document);
  fazhi_report_set_source (report, fazhi_document_get_name (document));
  fazhi_report_set_encoding (report, fazhi_document_get_encoding (document));
  fazhi_report_set_title (report, state.title);
  fazhi_report_set_agency (report, state.agency);
  fazhi_report_set_addressee (report, state.addressee);
  fazhi_report_set_year (report, state.year);
  fazhi_report_set_date (report, state.date);
  fazhi_report_set_level (report, state.level);
  fazhi_report_set_is_report (report, state.is_report);
  if (state.framework != NULL)
    fazhi_report_set_framework (report, fazhi_catalog_get_id (state.framework));

  /* No clear functions: the report takes what the records own. */
  /* Reports carry a figure every 100 bytes or so: sized from the text,
   * the array rarely needs to grow. */
  figures = g_array_sized_new (FALSE, FALSE, sizeof (FazhiFigureRecord), MIN (state.norm_length / 64, 65536) + 16);
  duties = g_array_new (FALSE, FALSE, sizeof (FazhiDutyRecord));
  sections = g_array_sized_new (FALSE, TRUE, sizeof (FazhiSectionRecord), state.sections->len);
  heading = g_ptr_array_new_with_free_func ((GDestroyNotify) _fazhi_paragraph_free);
  sink = (EvidenceSink){ &state, figures, duties, &duty_seen, heading };

  take_paragraphs (&sink, -1, state.preamble);
  for (guint i = 0; i < state.sections->len; i++)
    {
      const FazhiReaderSection *source = &g_array_index (state.sections, FazhiReaderSection, i);

      add_section_record (&state, source, sections);
      take_heading (&sink, i);
      take_paragraphs (&sink, i, source->paragraphs);
    }
  _fazhi_report_add_section_records (report, sections);
  _fazhi_report_add_figure_records (report, figures);
  _fazhi_report_add_duty_records (report, duties);

  add_targets (&state, report);

  _fazhi_key_set_clear (&duty_seen);
  _fazhi_read_state_clear (&state);
  return g_steal_pointer (&report);
}

/**
 * fazhi_reader_read_bytes:
 * @self: a reader
 * @bytes: the raw contents of a report file
 * @name: (nullable): the name used in messages, usually the path
 * @error: return location for a #GError
 *
 * Decodes and reads a report. Fails with a %FAZHI_READER_ERROR when the
 * input is empty, larger than [property@Fazhi.Reader:max-size], binary, or
 * in no supported encoding; the message names @name and the byte offset.
 *
 * Returns: (transfer full): the report, or %NULL with @error set
 */
FazhiReport *
fazhi_reader_read_bytes (FazhiReader *self,
                         GBytes      *bytes,
                         const char  *name,
                         GError     **error)
{
  g_autoptr (FazhiDocument) document = NULL;
  guint64                   max_size;

  g_return_val_if_fail (FAZHI_IS_READER (self), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  max_size = fazhi_reader_get_max_size (self);
  if (g_bytes_get_size (bytes) > max_size)
    {
      g_set_error (error, FAZHI_READER_ERROR, FAZHI_READER_ERROR_TOO_LARGE,
                   "%s: %" G_GSIZE_FORMAT " bytes is more than the limit of %" G_GUINT64_FORMAT " bytes",
                   name ? name : "<input>", g_bytes_get_size (bytes), max_size);
      return NULL;
    }

  document = fazhi_document_new_from_bytes (bytes, name, error);
  if (document == NULL)
    return NULL;

  return fazhi_reader_read_document (self, document);
}

/**
 * fazhi_reader_read_text:
 * @self: a reader
 * @text: UTF-8 text
 * @length: the length of @text in bytes, or -1 if it is NUL-terminated
 * @error: return location for a #GError
 *
 * Reads report text that is already UTF-8, such as the contents of an
 * editor being typed in.
 *
 * Returns: (transfer full): the report, or %NULL with @error set
 */
FazhiReport *
fazhi_reader_read_text (FazhiReader *self,
                        const char  *text,
                        gssize       length,
                        GError     **error)
{
  g_autoptr (FazhiDocument) document = NULL;

  g_return_val_if_fail (FAZHI_IS_READER (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length < 0)
    length = strlen (text);
  if ((guint64) length > fazhi_reader_get_max_size (self))
    {
      g_set_error (error, FAZHI_READER_ERROR, FAZHI_READER_ERROR_TOO_LARGE,
                   "<text>: %" G_GSSIZE_FORMAT " bytes is more than the limit of %" G_GUINT64_FORMAT " bytes",
                   length, fazhi_reader_get_max_size (self));
      return NULL;
    }

  document = fazhi_document_new_from_text (text, length, NULL, error);
  if (document == NULL)
    return NULL;

  return fazhi_reader_read_document (self, document);
}

/* Reads @stream to its end. @size_hint is the length the caller expects
 * (a file's size; 0 when unknown): a file is then read into one buffer of
 * its own size, with no copying and no oversized allocation per file,
 * which matters when a batch reads thousands of them. */
static GBytes *
read_to_end (GInputStream *stream,
             guint64       size_hint,
             guint64       max_size,
             const char   *name,
             GCancellable *cancellable,
             GError      **error)
{
  g_autofree guchar *data = NULL;
  gsize              capacity, length = 0;
  gsize              limit = max_size < G_MAXSIZE ? (gsize) max_size + 1 : G_MAXSIZE;

  /* One byte more than expected, so the end of the file is seen without
   * growing the buffer. */
  capacity = size_hint > 0 && size_hint < limit ? (gsize) size_hint + 1 : MIN (FIRST_CHUNK, limit);
  data = g_malloc (capacity);

  for (;;)
    {
      gssize got;

      if (length == capacity)
        {
          if (length > max_size)
            break;
          capacity = capacity <= limit / 2 ? capacity * 2 : limit;
          data = g_realloc (data, capacity);
        }

      got = g_input_stream_read (stream, data + length, capacity - length, cancellable, error);
      if (got < 0)
        {
          g_prefix_error (error, "%s: ", name);
          return NULL;
        }
      if (got == 0)
        break;
      length += got;
    }

  if (length > max_size)
    {
      g_set_error (error, FAZHI_READER_ERROR, FAZHI_READER_ERROR_TOO_LARGE,
                   "%s: more than the limit of %" G_GUINT64_FORMAT " bytes", name, max_size);
      return NULL;
    }
  if (length < capacity / 2)
    data = g_realloc (data, MAX (length, 1));
  return g_bytes_new_take (g_steal_pointer (&data), length);
}

static FazhiReport *
read_stream_sized (FazhiReader  *self,
                   GInputStream *stream,
                   guint64       size_hint,
                   const char   *name,
                   GCancellable *cancellable,
                   GError      **error)
{
  g_autoptr (GBytes) bytes =
    read_to_end (stream, size_hint, fazhi_reader_get_max_size (self), name, cancellable, error);

  if (bytes == NULL)
    return NULL;
  return fazhi_reader_read_bytes (self, bytes, name, error);
}

/**
 * fazhi_reader_read_stream:
 * @self: a reader
 * @stream: a stream holding a report file
 * @name: (nullable): the name used in messages
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reads a report from a stream. Reading stops, with
 * %FAZHI_READER_ERROR_TOO_LARGE, as soon as more than
 * [property@Fazhi.Reader:max-size] bytes arrive.
 *
 * Returns: (transfer full): the report, or %NULL with @error set
 */
FazhiReport *
fazhi_reader_read_stream (FazhiReader  *self,
                          GInputStream *stream,
                          const char   *name,
                          GCancellable *cancellable,
                          GError      **error)
{
  g_return_val_if_fail (FAZHI_IS_READER (self), NULL);
  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return read_stream_sized (self, stream, 0, name != NULL ? name : "<stream>", cancellable, error);
}

static char *
file_display_name (GFile *file)
{
  const char *path = g_file_peek_path (file);

  return path != NULL ? g_strdup (path) : g_file_get_uri (file);
}

static FazhiReport *
read_file_named (FazhiReader  *self,
                 GFile        *file,
                 const char   *name,
                 GCancellable *cancellable,
                 GError      **error)
{
  g_autoptr (GFileInputStream) stream = g_file_read (file, cancellable, error);
  g_autoptr (GFileInfo)        info = NULL;
  guint64                      size = 0;

  if (stream == NULL)
    {
      g_prefix_error (error, "%s: ", name);
      return NULL;
    }

  /* The size (an fstat for local files) lets the whole file be read into
   * one buffer of its size, and an oversized file be refused unread. A
   * stream that cannot tell is read in growing pieces. */
  info = g_file_input_stream_query_info (stream, G_FILE_ATTRIBUTE_STANDARD_SIZE, cancellable, NULL);
  if (info != NULL && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE))
    size = (guint64) g_file_info_get_size (info);
  if (size > fazhi_reader_get_max_size (self))
    {
      g_set_error (error, FAZHI_READER_ERROR, FAZHI_READER_ERROR_TOO_LARGE,
                   "%s: %" G_GUINT64_FORMAT " bytes, more than the limit of %" G_GUINT64_FORMAT " bytes", name,
                   size, fazhi_reader_get_max_size (self));
      return NULL;
    }

  return read_stream_sized (self, G_INPUT_STREAM (stream), size, name, cancellable, error);
}

/**
 * fazhi_reader_read_file:
 * @self: a reader
 * @file: a report file
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reads a report file. I/O errors come in the %G_IO_ERROR domain, with
 * the file's name in the message. A file larger than
 * [property@Fazhi.Reader:max-size] is refused with
 * %FAZHI_READER_ERROR_TOO_LARGE before it is read.
 *
 * Returns: (transfer full): the report, or %NULL with @error set
 */
FazhiReport *
fazhi_reader_read_file (FazhiReader  *self,
                        GFile        *file,
                        GCancellable *cancellable,
                        GError      **error)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (FAZHI_IS_READER (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = file_display_name (file);
  return read_file_named (self, file, name, cancellable, error);
}

/**
 * fazhi_reader_read_path:
 * @self: a reader
 * @path: (type filename): the path of a report file
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reads a report file by path; see [method@Fazhi.Reader.read_file].
 * Messages and the report's [property@Fazhi.Report:source] name the file
 * by @path as given.
 *
 * Returns: (transfer full): the report, or %NULL with @error set
 */
FazhiReport *
fazhi_reader_read_path (FazhiReader  *self,
                        const char   *path,
                        GCancellable *cancellable,
                        GError      **error)
{
  g_autoptr (GFile) file = NULL;

  g_return_val_if_fail (FAZHI_IS_READER (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  file = g_file_new_for_path (path);
  return read_file_named (self, file, path, cancellable, error);
}

static void
read_file_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  GError      *error = NULL;
  FazhiReport *report = fazhi_reader_read_file (source_object, task_data, cancellable, &error);

  if (report == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, report, g_object_unref);
}

/**
 * fazhi_reader_read_file_async:
 * @self: a reader
 * @file: a report file
 * @cancellable: (nullable): a #GCancellable
 * @callback: (scope async): called when the report is read
 * @user_data: data for @callback
 *
 * Reads a report file in a worker thread, so a user interface stays
 * responsive. Finish with [method@Fazhi.Reader.read_file_finish].
 */
void
fazhi_reader_read_file_async (FazhiReader        *self,
                              GFile              *file,
                              GCancellable       *cancellable,
                              GAsyncReadyCallback callback,
                              gpointer            user_data)
{
  g_autoptr (GTask) task = NULL;

  g_return_if_fail (FAZHI_IS_READER (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fazhi_reader_read_file_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, read_file_thread);
}

/**
 * fazhi_reader_read_file_finish:
 * @self: a reader
 * @result: the result passed to the callback
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the report, or %NULL with @error set
 */
FazhiReport *
fazhi_reader_read_file_finish (FazhiReader  *self,
                               GAsyncResult *result,
                               GError      **error)
{
  g_return_val_if_fail (FAZHI_IS_READER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == fazhi_reader_read_file_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

typedef struct
{
  GBytes *bytes;
  char   *name;
} BytesJob;

static void
bytes_job_free (BytesJob *job)
{
  g_bytes_unref (job->bytes);
  g_free (job->name);
  g_free (job);
}

static void
read_bytes_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  BytesJob    *job = task_data;
  GError      *error = NULL;
  FazhiReport *report;

  if (g_task_return_error_if_cancelled (task))
    return;
  report = fazhi_reader_read_bytes (source_object, job->bytes, job->name, &error);
  if (report == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, report, g_object_unref);
}

/**
 * fazhi_reader_read_bytes_async:
 * @self: a reader
 * @bytes: the raw contents of a report file
 * @name: (nullable): the name used in messages
 * @cancellable: (nullable): a #GCancellable
 * @callback: (scope async): called when the report is read
 * @user_data: data for @callback
 *
 * Reads report bytes in a worker thread — for example the text of a
 * document being edited, re-checked as the user types. Finish with
 * [method@Fazhi.Reader.read_bytes_finish].
 */
void
fazhi_reader_read_bytes_async (FazhiReader        *self,
                               GBytes             *bytes,
                               const char         *name,
                               GCancellable       *cancellable,
                               GAsyncReadyCallback callback,
                               gpointer            user_data)
{
  g_autoptr (GTask) task = NULL;
  BytesJob         *job;

  g_return_if_fail (FAZHI_IS_READER (self));
  g_return_if_fail (bytes != NULL);

  job = g_new0 (BytesJob, 1);
  job->bytes = g_bytes_ref (bytes);
  job->name = g_strdup (name);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fazhi_reader_read_bytes_async);
  g_task_set_task_data (task, job, (GDestroyNotify) bytes_job_free);
  g_task_run_in_thread (task, read_bytes_thread);
}

/**
 * fazhi_reader_read_bytes_finish:
 * @self: a reader
 * @result: the result passed to the callback
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the report, or %NULL with @error set
 */
FazhiReport *
fazhi_reader_read_bytes_finish (FazhiReader  *self,
                                GAsyncResult *result,
                                GError      **error)
{
  g_return_val_if_fail (FAZHI_IS_READER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == fazhi_reader_read_bytes_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
