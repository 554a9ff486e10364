/* fazhi-document.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>
#if defined(__SSE2__) && defined(__GNUC__) && !defined(FAZHI_NO_SIMD)
#  include <emmintrin.h>
#endif

#include "fazhi-decode-private.h"
#include "fazhi-document-private.h"
#include "fazhi-util-private.h"
#include "fazhi-error.h"

/**
 * FazhiDocument:
 *
 * Report text as it was read: decoded to UTF-8 from whatever encoding the
 * file used, with its line map.
 *
 * A document is the first stage of reading. It keeps the text exactly as
 * written (only the byte-order mark is dropped and CRLF/CR line ends become
 * LF) so that everything extracted later can quote it and name its
 * 1-based line. Documents are immutable and may be shared between threads.
 */

/* A point where the normalised text stops running in step with the
 * original: from norm onwards, norm + k maps to orig + k. */
typedef struct
{
  gsize norm;
  gsize orig;
} Anchor;

/* Where to start looking for the anchor and the line of an offset in the
 * normalised text: the last anchor and the last line that start at or
 * before a multiple of BUCKET_SIZE. Offsets are mapped back to the text
 * and to lines some 15,000 times per report; from a bucket that is a
 * step or two instead of a binary search. A bucket spans at most
 * BUCKET_SIZE anchors and lines, as both start at distinct offsets. */
#define BUCKET_SHIFT 6
#define BUCKET_SIZE  (1u << BUCKET_SHIFT)

typedef struct
{
  guint32 anchor;
  guint32 line;
} Bucket;

struct _FazhiDocument
{
  GObject parent_instance;

  char       *name;
  const char *encoding; /* static string */
  char       *text;     /* decoded UTF-8, NUL-terminated */
  gsize       length;
  guint       first_line; /* number of the first line, usually 1 */

  FazhiLine *lines;
  guint      n_lines;

  char   *norm; /* normalised text, lines separated by '\n' */
  gsize   norm_length;
  Anchor *anchors; /* sorted by norm; one per line start and edit */
  gsize   n_anchors;
  Bucket *buckets; /* one per BUCKET_SIZE bytes of norm, or NULL */
  gsize   n_buckets;
};

G_DEFINE_FINAL_TYPE (FazhiDocument, fazhi_document, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_NAME,
  PROP_ENCODING,
  PROP_N_LINES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fazhi_document_finalize (GObject *object)
{
  FazhiDocument *self = (FazhiDocument *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->lines, g_free);
  g_clear_pointer (&self->norm, g_free);
  g_clear_pointer (&self->anchors, g_free);
  g_clear_pointer (&self->buckets, g_free);

  G_OBJECT_CLASS (fazhi_document_parent_class)->finalize (object);
}

static void
fazhi_document_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  FazhiDocument *self = FAZHI_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_ENCODING:
      g_value_set_string (value, self->encoding);
      break;
    case PROP_N_LINES:
      g_value_set_uint (value, self->n_lines);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fazhi_document_class_init (FazhiDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fazhi_document_finalize;
  object_class->get_property = fazhi_document_get_property;

  /**
   * FazhiDocument:name:
   *
   * The name used in messages, usually the file's path.
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiDocument:encoding:
   *
   * The encoding the text was read in: `UTF-8`, `GB18030`, `UTF-16LE` or
   * `UTF-16BE`.
   */
  properties[PROP_ENCODING] =
    g_param_spec_string ("encoding", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiDocument:n-lines:
   *
   * The number of lines.
   */
  properties[PROP_N_LINES] =
    g_param_spec_uint ("n-lines", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fazhi_document_init (FazhiDocument *self)
{
  self->first_line = 1;
}

/* ------------------------------------------------------------------ */
/* Normalisation                                                       */
/* ------------------------------------------------------------------ */

typedef struct
{
  char   *out;
  gsize   len;
  gsize   cap;
  Anchor *anchors;
  gsize   n_anchors;
  gsize   anchors_cap;
  gssize  delta; /* orig - norm for the current run */
} NormBuffer;

static inline void
norm_reserve (NormBuffer *nb,
              gsize       extra)
{
  if (G_UNLIKELY (nb->len + extra + 1 > nb->cap))
    {
      nb->cap = MAX (nb->cap * 2, nb->len + extra + 64);
      nb->out = g_realloc (nb->out, nb->cap);
    }
}

static inline void
norm_anchor (NormBuffer *nb,
             gsize       orig)
{
  if (G_UNLIKELY (nb->n_anchors == nb->anchors_cap))
    {
      nb->anchors_cap = MAX (nb->anchors_cap * 2, 64);
      nb->anchors = g_renew (Anchor, nb->anchors, nb->anchors_cap);
    }
  /* Two anchors at one norm offset: the later one wins. */
  if (nb->n_anchors > 0 && nb->anchors[nb->n_anchors - 1].norm == nb->len)
    nb->n_anchors--;
  nb->anchors[nb->n_anchors].norm = nb->len;
  nb->anchors[nb->n_anchors].orig = orig;
  nb->n_anchors++;
  nb->delta = (gssize) orig - (gssize) nb->len;
}

/* Keep the mapping right before emitting a character read at @orig. */
static inline void
norm_sync (NormBuffer *nb,
           gsize       orig)
{
  if (G_UNLIKELY ((gssize) orig - (gssize) nb->len != nb->delta))
    norm_anchor (nb, orig);
}

static inline gboolean
is_digit_like (char c)
{
  return g_ascii_isdigit (c) || c == '.' || c == '%';
}

/* A space survives normalisation only between two ASCII characters that
 * are not both part of a number: "OTC 等" loses it, "Windows 10" keeps it,
 * "1 005" and "29.7 %" lose it. */
static inline gboolean
keep_space (char prev,
            char next)
{
  if ((guchar) prev >= 0x80 || (guchar) next >= 0x80)
    return FALSE;
  if (prev == '\0')
    return FALSE;
  if (is_digit_like (prev) && is_digit_like (next))
    return FALSE;
  return TRUE;
}

/* What a special character becomes: 0 drops it, ' ' is a space, anything
 * else is the ASCII replacement; -1 keeps the character as it is. */
static inline int
fold_char (gunichar c)
{
  if (c >= 0xFF10 && c <= 0xFF19) /* ０-９ */
    return '0' + (int) (c - 0xFF10);
  if (c >= 0xFF21 && c <= 0xFF3A) /* Ａ-Ｚ */
    return 'A' + (int) (c - 0xFF21);
  if (c >= 0xFF41 && c <= 0xFF5A) /* ａ-ｚ */
    return 'a' + (int) (c - 0xFF41);
  switch (c)
    {
    /* clang-format off */
    case 0xFF08: return '(';              /* （ */
    case 0xFF09: return ')';              /* ） */
    case 0xFF3B: return '[';              /* ［ */
    case 0xFF3D: return ']';              /* ］ */
    case 0xFF5B: return '{';              /* ｛ */
    case 0xFF5D: return '}';              /* ｝ */
    case 0xFF05: return '%';              /* ％ */
    case 0xFF0E: return '.';              /* ． */
    case 0xFF0B: return '+';              /* ＋ */
    case 0xFF0D: return '-';              /* － */
    case 0xFF0F: return '/';              /* ／ */
    case 0x3000:                          /* ideographic space */
    case 0x2002: case 0x2003: case 0x2004: case 0x2005: case 0x2006:
    case 0x2007: case 0x2008: case 0x2009: case 0x200A: case 0x202F:
    case 0x205F:
      return ' ';
    /* clang-format on */
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x2060:
    case 0xFEFF:
      return 0;
    default:
      return -1;
    }
}

/* Nonzero unless the first six bytes of @w (read little-endian) are two
 * three-byte characters that normalisation keeps as they are: leads E0-EF
 * other than E2, E3 and EF (which hold the spaces and full-width forms),
 * each with two continuation bytes. That is most CJK text, two characters
 * in a dozen instructions. */
static inline guint64
two_plain_cjk (guint64 w)
{
  /* Leads become their low nibble, continuation bytes their low bits. */
  guint64 a = w ^ G_GUINT64_CONSTANT (0x8080E08080E0);
  guint64 leads = G_GUINT64_CONSTANT (0x000001000001);
  /* Zero in a lead byte for nibble 2 or 3, and for nibble F. */
  guint64 two_three = (a & (leads * 0x0E)) ^ (leads * 0x02);
  guint64 ef = a ^ (leads * 0x0F);

  /* Taking 1 from a zero lead byte sets its top bit; a borrow out of it
   * can only mark more, never hide it. */
  return (a & G_GUINT64_CONSTANT (0xC0C0F0C0C0F0)) | (((two_three - leads) | (ef - leads)) & (leads << 7));
}

/* Whether fold_char() keeps the three-byte character at @p (lead E0-EF,
 * two continuation bytes) as it is, without decoding it: the characters
 * it changes all sit in six blocks of 64, one bit each here. */
static inline gboolean
keeps_char3 (const guchar *p)
{
  guint64 changed;

  switch ((p[0] << 8) | p[1])
    {
    case 0xE280: /* U+2000: U+2002-200D, U+202F */
      changed = G_GUINT64_CONSTANT (0x800000003FFC);
      break;
    case 0xE281: /* U+2040: U+205F, U+2060 */
      changed = G_GUINT64_CONSTANT (0x180000000);
      break;
    case 0xE380: /* U+3000: the ideographic space */
      changed = 1;
      break;
    case 0xEFBB: /* U+FEC0: U+FEFF */
      changed = G_GUINT64_CONSTANT (0x8000000000000000);
      break;
    case 0xEFBC: /* U+FF00: full-width signs, digits, capitals, brackets */
      changed = G_GUINT64_CONSTANT (0x2FFFFFFE03FFEB20);
      break;
    case 0xEFBD: /* U+FF40: full-width small letters, braces */
      changed = G_GUINT64_CONSTANT (0x2FFFFFFE);
      break;
    default:
      return TRUE;
    }
  return ((changed >> (p[2] & 0x3F)) & 1) == 0;
}

/* Where the run of characters from @i that normalisation copies as they
 * are ends: printable ASCII other than the space, and three-byte
 * characters that fold_char() keeps. Stops before @end. */
static inline gsize
plain_run_end (const guchar *s,
               gsize         i,
               gsize         end)
{
  while (i < end)
    {
      guchar c = s[i];

      if (c - 0x21u < 0x5Eu)
        {
          i++;
          continue;
        }
      if ((c & 0xF0) != 0xE0)
        break;
      while (i + 8 <= end && !two_plain_cjk (GUINT64_FROM_LE (_fazhi_load_u64 (s + i))))
        i += 6;
      if (i >= end)
        break;
      c = s[i];
      if ((c & 0xF0) != 0xE0)
        continue;
      /* One at a time: the last of a line, and the leads the word test
       * leaves out, which are mostly punctuation that stays. */
      if (i + 3 > end || (s[i + 1] & 0xC0) != 0x80 || (s[i + 2] & 0xC0) != 0x80 || !keeps_char3 (s + i))
        break;
      i += 3;
    }
  return i;
}

/* Normalises one line, text[start, end), appending to @nb. */
static void
normalize_span (NormBuffer *nb,
                const char *text,
                gsize       start,
                gsize       end)
{
  const guchar *s = (const guchar *) text;
  gboolean      pending_space = FALSE;
  char          prev = '\0';
  gsize         i = start;

  norm_reserve (nb, end - start);

  while (i < end)
    {
      guchar b;
      gsize  n;
      gsize  run_end;
      int    folded = -1;

      /* Most of a line needs no change: copy it at once. This is what the
       * code below does a character at a time, as the mapping from the
       * normalised text to the original does not change inside a run. */
      run_end = plain_run_end (s, i, end);
      if (run_end > i)
        {
          if (pending_space)
            {
              if (keep_space (prev, (char) s[i]))
                {
                  norm_sync (nb, i - 1);
                  nb->out[nb->len++] = ' ';
                }
              pending_space = FALSE;
            }
          norm_sync (nb, i);
          memcpy (nb->out + nb->len, s + i, run_end - i);
          nb->len += run_end - i;
          prev = s[run_end - 1] < 0x80 ? (char) s[run_end - 1] : (char) 0x80;
          i = run_end;
          if (i >= end)
            break;
        }

      b = s[i];

      /* One character that may change: a space, a full-width form, a
       * character of another length, or the cut-off end of one. */
      if (b >= 0xE0 && b < 0xF0)
        {
          n = 3;
          /* A character cut off by @end is copied as it is. */
          if ((b == 0xE2 || b == 0xE3 || b == 0xEF) && i + 3 <= end)
            folded = fold_char (_fazhi_utf8_3 (s + i));
        }
      else if (b < 0x80)
        {
          n = 1;
          if (b == ' ' || b == '\t' || b == '\f' || b == '\v')
            folded = ' ';
        }
      else if (b >= 0xC0 && b < 0xE0)
        {
          n = 2;
          if (b == 0xC2 && i + 1 < end && s[i + 1] == 0xA0) /* no-break space */
            folded = ' ';
        }
      else
        n = 4;

      if (G_UNLIKELY (i + n > end))
        n = end - i;

      if (folded == ' ')
        {
          pending_space = TRUE;
          i += n;
          continue;
        }
      if (folded == 0)
        {
          i += n;
          continue;
        }

      {
        char first = folded > 0 ? (char) folded : (char) b;

        if (pending_space)
          {
            if (keep_space (prev, first))
              {
                norm_sync (nb, i - 1);
                nb->out[nb->len++] = ' ';
              }
            pending_space = FALSE;
          }

        norm_sync (nb, i);
        if (folded > 0)
          {
            nb->out[nb->len++] = first;
            prev = first;
          }
        else
          {
            memcpy (nb->out + nb->len, s + i, n);
            nb->len += n;
            prev = (char) s[i + n - 1];
            if (n > 1)
              prev = (char) 0x80; /* any non-ASCII marker */
          }
      }

      i += n;
    }
}

static inline gboolean
is_terminal_char (gunichar c)
{
  switch (c)
    {
    case 0x3002: /* 。 */
    case 0xFF01: /* ！ */
    case 0xFF1F: /* ？ */
    case 0xFF1B: /* ； */
    case 0xFF1A: /* ： */
    case 0x2026: /* … */
    case '!':
    case '?':
    case ';':
    case ':':
    case '.':
      return TRUE;
    default:
      return FALSE;
    }
}

static inline gboolean
is_closing_quote (gunichar c)
{
  return c == 0x201D || c == 0x2019 || c == 0x300D || c == 0x300F || c == ')' || c == '"';
}

/* The last character of text[0, @length) and where it starts, as
 * g_utf8_find_prev_char() and g_utf8_get_char() find them, with ASCII
 * and three-byte characters (nearly every line's last) read here.
 * FALSE when there is no character start. */
static inline gboolean
last_char (const char *text,
           gsize       length,
           gunichar   *c,
           gsize      *start)
{
  const guchar *u = (const guchar *) text;
  const char   *p = text + length;

  if (length == 0)
    return FALSE;
  if (u[length - 1] < 0x80)
    {
      *c = u[length - 1];
      *start = length - 1;
      return TRUE;
    }
  if (length >= 3 && (u[length - 3] & 0xF0) == 0xE0 && (u[length - 2] & 0xC0) == 0x80 &&
      (u[length - 1] & 0xC0) == 0x80)
    {
      *c = _fazhi_utf8_3 (u + length - 3);
      *start = length - 3;
      return TRUE;
    }
  while (p > text)
    if ((*--p & 0xC0) != 0x80)
      {
        *c = _fazhi_get_char (p);
        *start = p - text;
        return TRUE;
      }
  return FALSE;
}

gboolean
_fazhi_text_ends_sentence (const char *text,
                           gsize       length)
{
  gunichar c;
  gsize    start;

  if (!last_char (text, length, &c, &start))
    return FALSE;

  /* 。” and 。） end a sentence; a lone ” or ） does not. */
  if (is_closing_quote (c))
    return last_char (text, start, &c, &start) && is_terminal_char (c);

  return is_terminal_char (c);
}

/* "— 3 —", "-3-", "- 12 -", "3", "·3·", "第3页", "第 3 页 共 12 页", "3/12",
 * "Page 3": a line that is nothing but a page number. */
static gboolean
is_page_number (const char *s,
                gsize       len)
{
  const char *p = s;
  const char *end = s + len;
  guint       digits = 0;

  if (len == 0 || len > 40)
    return FALSE;

#define SKIP_DECORATION() \
  while (p < end) \
    { \
      if (*p == '-' || *p == '~' || *p == ' ') \
        p++; \
      else if (end - p >= 3 && (!memcmp (p, "—", 3) || !memcmp (p, "–", 3) || !memcmp (p, "―", 3) || \
                                !memcmp (p, "·", 2) || !memcmp (p, "－", 3))) \
        p += (!memcmp (p, "·", 2)) ? 2 : 3; \
      else if (end - p >= 2 && !memcmp (p, "·", 2)) \
        p += 2; \
      else \
        break; \
    }

  if (end - p >= 4 && g_ascii_strncasecmp (p, "page", 4) == 0)
    p += 4;
  SKIP_DECORATION ();
  if (end - p >= 3 && memcmp (p, "第", 3) == 0)
    {
      p += 3;
      while (p < end && *p == ' ')
        p++;
    }
  while (p < end && g_ascii_isdigit (*p))
    p++, digits++;
  if (digits == 0 || digits > 4)
    return FALSE;
  while (p < end && *p == ' ')
    p++;
  if (end - p >= 3 && memcmp (p, "页", 3) == 0)
    p += 3;
  while (p < end && (*p == ' ' || *p == ',' || *p == '/'))
    p++;
  /* "共 12 页" or "/12" */
  if (end - p >= 3 && memcmp (p, "共", 3) == 0)
    p += 3;
  while (p < end && *p == ' ')
    p++;
  if (p < end && g_ascii_isdigit (*p))
    {
      guint more = 0;

      while (p < end && g_ascii_isdigit (*p))
        p++, more++;
      if (more > 4)
        return FALSE;
      while (p < end && *p == ' ')
        p++;
      if (end - p >= 3 && memcmp (p, "页", 3) == 0)
        p += 3;
    }
  SKIP_DECORATION ();
#undef SKIP_DECORATION

  return p == end;
}

#if defined(__SSE2__) && defined(__GNUC__) && !defined(FAZHI_NO_SIMD)
#  define HAVE_PLAIN_PREFIX16 1

/* How many of the 16 bytes at @p are whole characters of a run that
 * valid_plain_run_end() takes: printable ASCII other than the space and
 * three-byte characters with leads E1, E4-EC and EE (as in
 * two_valid_plain_cjk()). Each byte is classed at once; then the bits of
 * the continuation bytes must be those that the leads call for, the
 * first byte where they are not (or that is in no class) ends the
 * prefix, and so does a character that it cuts off. Sixteen bytes cost
 * about as much as one six-byte word test. */
static inline guint
plain_prefix16 (const guchar *p)
{
  __m128i v = _mm_loadu_si128 ((const __m128i *) p);
  /* Signed bytes: continuation bytes 80-BF are below C0 (-64). */
  __m128i cont = _mm_cmpgt_epi8 (_mm_set1_epi8 ((char) 0xC0), v);
  __m128i ascii = _mm_and_si128 (_mm_cmpgt_epi8 (v, _mm_set1_epi8 (0x20)),
                                 _mm_cmpgt_epi8 (_mm_set1_epi8 (0x7F), v));
  __m128i lead = _mm_and_si128 (_mm_cmpgt_epi8 (v, _mm_set1_epi8 ((char) 0xE3)),
                                _mm_cmpgt_epi8 (_mm_set1_epi8 ((char) 0xED), v));
  guint   l;
  guint   c;
  guint   bad;
  guint   n;

  lead = _mm_or_si128 (lead, _mm_or_si128 (_mm_cmpeq_epi8 (v, _mm_set1_epi8 ((char) 0xE1)),
                                           _mm_cmpeq_epi8 (v, _mm_set1_epi8 ((char) 0xEE))));
  {
    __m128i v1 = _mm_srli_si128 (v, 1);
    __m128i v2 = _mm_srli_si128 (v, 2);
    __m128i e3 = _mm_andnot_si128 (_mm_and_si128 (_mm_cmpeq_epi8 (v1, _mm_set1_epi8 ((char) 0x80)),
                                                  _mm_cmpeq_epi8 (v2, _mm_set1_epi8 ((char) 0x80))),
                                   _mm_cmpeq_epi8 (v, _mm_set1_epi8 ((char) 0xE3)));
    __m128i comma = _mm_and_si128 (_mm_cmpeq_epi8 (v, _mm_set1_epi8 ((char) 0xEF)),
                                   _mm_and_si128 (_mm_cmpeq_epi8 (v1, _mm_set1_epi8 ((char) 0xBC)),
                                                  _mm_cmpeq_epi8 (v2, _mm_set1_epi8 ((char) 0x8C))));
    lead = _mm_or_si128 (lead, _mm_or_si128 (e3, comma));
  }
  l = (guint) _mm_movemask_epi8 (lead);
  c = (guint) _mm_movemask_epi8 (cont);
  /* Bit 16 and up are always set here: the block's end. */
  bad = ~(l | c | (guint) _mm_movemask_epi8 (ascii)) | (c ^ ((l << 1) | (l << 2)));
  n = (guint) __builtin_ctz (bad);
  /* A lead one or two bytes before the end has lost a continuation. */
  if (((l << 2) >> (n + 1)) & 1)
    n -= 1;
  else if (((l << 2) >> n) & 1)
    n -= 2;
  return n;
}
#endif

#ifndef HAVE_PLAIN_PREFIX16
/* Nonzero unless the first six bytes of @w (read little-endian) are two
 * three-byte characters that are valid UTF-8 and that normalisation
 * keeps as they are: leads E1, E4-EC and EE, each with two continuation
 * bytes. two_plain_cjk() leaves out E2, E3 and EF; this also leaves out
 * E0 and ED, whose second byte is limited (no overlongs, no surrogates),
 * so that one test both validates and normalises most CJK text. */
static inline guint64
two_valid_plain_cjk (guint64 w)
{
  /* Leads become their low nibble, continuation bytes their low bits. */
  guint64 a = w ^ G_GUINT64_CONSTANT (0x8080E08080E0);
  guint64 leads = G_GUINT64_CONSTANT (0x000001000001);
  guint64 nibble = a & (leads * 0x0F);
  /* Zero in a lead byte for nibble 0; for 2 or 3; for D or F. Taking 1
   * from a zero byte sets its top bit; a borrow out of it can only mark
   * more, never hide it. */
  guint64 two_three = (nibble & (leads * 0x0E)) ^ (leads * 0x02);
  guint64 d_f = (nibble | (leads * 0x02)) ^ (leads * 0x0F);

  return (a & G_GUINT64_CONSTANT (0xC0C0F0C0C0F0)) |
         (((nibble - leads) | (two_three - leads) | (d_f - leads)) & (leads << 7));
}
#endif

/* plain_run_end() for bytes not yet validated: where the run of valid
 * characters from @i that normalisation copies as they are ends. It
 * stops before anything that is not valid UTF-8, so the caller can look
 * at that character (and reject it) on its own. */
static inline gsize
valid_plain_run_end (const guchar *s,
                     gsize         i,
                     gsize         end)
{
  while (i < end)
    {
      guchar c;

#ifdef HAVE_PLAIN_PREFIX16
      if (i + 16 <= end)
        {
          guint k = plain_prefix16 (s + i);

          i += k;
          /* A block that stops early stops at a character to look at;
           * one that stops in its last two bytes may only have cut one
           * off. */
          if (k >= 14)
            continue;
        }
#endif
      c = s[i];
      if (c - 0x21u < 0x5Eu)
        {
          i++;
          continue;
        }
      if ((c & 0xF0) != 0xE0)
        break;
#ifndef HAVE_PLAIN_PREFIX16
      /* Two characters at a time, twice; a word that fails says which of
       * its two characters did (a borrow only marks higher bytes), and
       * that one is looked at below, so that the punctuation every few
       * characters costs one word test and not a retry per character. */
      if (i + 8 <= end)
        {
          guint64 bad = two_valid_plain_cjk (GUINT64_FROM_LE (_fazhi_load_u64 (s + i)));

          if (bad == 0)
            {
              i += 6;
              if (i + 8 > end)
                continue;
              bad = two_valid_plain_cjk (GUINT64_FROM_LE (_fazhi_load_u64 (s + i)));
              if (bad == 0)
                {
                  i += 6;
                  continue;
                }
            }
          if ((bad & 0xFFFFFF) == 0)
            i += 3;
          c = s[i];
          if ((c & 0xF0) != 0xE0)
            continue;
        }
#endif
      /* One at a time: the last of the input, punctuation (which mostly
       * stays), and the leads E0 and ED. */
      if (i + 3 > end || (s[i + 1] & 0xC0) != 0x80 || (s[i + 2] & 0xC0) != 0x80)
        break;
      if (c == 0xE0 ? s[i + 1] < 0xA0 : c == 0xED && s[i + 1] > 0x9F)
        break;
      if (!keeps_char3 (s + i))
        break;
      i += 3;
    }
  return i;
}

/* What building a document's line map and matching view makes. */
typedef struct
{
  NormBuffer nb;
  FazhiLine *lines;
  guint      n_lines;
  guint      lines_cap;
  gboolean   has_cr;    /* the text differs from the input */
  gboolean   non_blank; /* some byte is not an ASCII space */
} ViewBuilder;

static void
view_builder_clear (ViewBuilder *vb)
{
  g_clear_pointer (&vb->nb.out, g_free);
  g_clear_pointer (&vb->nb.anchors, g_free);
  g_clear_pointer (&vb->lines, g_free);
}

/* Normalises the line that starts at @i of the input @s (whose offset
 * @i is @i - @dropped in the text), up to its line end or the end of the
 * input, validating it on the way; what normalize_span() does for text
 * already valid. Returns where the line ends, or G_MAXSIZE at the first
 * byte that is not valid UTF-8 text. */
static gsize
normalize_input_line (ViewBuilder  *vb,
                      const guchar *s,
                      gsize         i,
                      gsize         n,
                      gsize         dropped)
{
  NormBuffer *nb = &vb->nb;
  gboolean    pending_space = FALSE;
  char        prev = '\0';

  for (;;)
    {
      guchar b;
      gsize  len;
      gsize  run_end;
      int    folded = -1;

      run_end = valid_plain_run_end (s, i, n);
      if (run_end > i)
        {
          if (pending_space)
            {
              if (keep_space (prev, (char) s[i]))
                {
                  norm_sync (nb, i - 1 - dropped);
                  nb->out[nb->len++] = ' ';
                }
              pending_space = FALSE;
            }
          norm_sync (nb, i - dropped);
          memcpy (nb->out + nb->len, s + i, run_end - i);
          nb->len += run_end - i;
          prev = s[run_end - 1] < 0x80 ? (char) s[run_end - 1] : (char) 0x80;
          vb->non_blank = TRUE;
          i = run_end;
        }
      if (i >= n)
        return i;

      b = s[i];
      if (b < 0x80)
        {
          /* Printable ASCII other than the space is in the run. */
          if (b == '\n' || b == '\r')
            return i;
          if (b != ' ' && b != '\t' && b != '\f' && b != '\v')
            return G_MAXSIZE; /* a control byte no text holds */
          pending_space = TRUE;
          i++;
          continue;
        }

      len = _fazhi_utf8_valid_length (s + i, n - i);
      if (len == 0)
        return G_MAXSIZE;
      vb->non_blank = TRUE;
      if (len == 3 && (b == 0xE2 || b == 0xE3 || b == 0xEF))
        folded = fold_char (_fazhi_utf8_3 (s + i));
      else if (b == 0xC2 && s[i + 1] == 0xA0) /* no-break space */
        folded = ' ';

      if (folded == ' ')
        {
          pending_space = TRUE;
          i += len;
          continue;
        }
      if (folded == 0)
        {
          i += len;
          continue;
        }

      {
        char first = folded > 0 ? (char) folded : (char) b;

        if (pending_space)
          {
            if (keep_space (prev, first))
              {
                norm_sync (nb, i - 1 - dropped);
                nb->out[nb->len++] = ' ';
              }
            pending_space = FALSE;
          }

        norm_sync (nb, i - dropped);
        if (folded > 0)
          {
            nb->out[nb->len++] = first;
            prev = first;
          }
        else
          {
            memcpy (nb->out + nb->len, s + i, len);
            nb->len += len;
            prev = (char) 0x80; /* any non-ASCII marker */
          }
      }
      i += len;
    }
}

/* One pass over @s, @n bytes of input thought to be UTF-8 text: checks
 * that it is (valid UTF-8 without NUL or control bytes other than tab,
 * LF, CR, FF and VT), splits it into lines at LF, CRLF and CR, and
 * normalises each line. Offsets are those of the text, where CRLF is one
 * LF. Decoding, splitting and normalising were three passes over every
 * byte; most bytes are CJK that all three only look at. Returns FALSE for
 * input that is not such text, which the decoder then looks at. */
static gboolean
build_view (ViewBuilder  *vb,
            const guchar *s,
            gsize         n)
{
  NormBuffer *nb = &vb->nb;
  gsize       i = 0;
  gsize       dropped = 0; /* CRs of CRLFs before @i */

  memset (vb, 0, sizeof *vb);
  /* The normalised text is never longer than the text. */
  nb->cap = n + 16;
  nb->out = g_malloc (nb->cap);
  nb->anchors_cap = n / 64 + 16;
  nb->anchors = g_new (Anchor, nb->anchors_cap);
  nb->delta = G_MININT; /* forces an anchor at the first line */
  vb->lines_cap = n / 64 + 16;
  vb->lines = g_new (FazhiLine, vb->lines_cap);

  for (;;)
    {
      FazhiLine  *line;
      gsize       orig_start = i - dropped;
      gsize       line_end;
      const char *norm_line;

      if (G_UNLIKELY (vb->n_lines == vb->lines_cap))
        {
          if (vb->lines_cap == G_MAXUINT)
            return FALSE;
          vb->lines_cap = vb->lines_cap > G_MAXUINT / 2 ? G_MAXUINT : vb->lines_cap * 2;
          vb->lines = g_renew (FazhiLine, vb->lines, vb->lines_cap);
        }
      line = &vb->lines[vb->n_lines];

      if (vb->n_lines > 0)
        {
          norm_sync (nb, orig_start - 1);
          nb->out[nb->len++] = '\n';
        }
      vb->n_lines++;

      line->orig_start = orig_start;
      line->norm_start = nb->len;
      norm_sync (nb, orig_start);
      line_end = normalize_input_line (vb, s, i, n, dropped);
      if (line_end == G_MAXSIZE)
        return FALSE;
      line->orig_len = line_end - i;
      line->norm_len = nb->len - line->norm_start;

      norm_line = nb->out + line->norm_start;
      line->flags = 0;
      if (line->norm_len == 0)
        line->flags |= FAZHI_LINE_BLANK;
      else if (is_page_number (norm_line, line->norm_len))
        line->flags |= FAZHI_LINE_PAGE_NUMBER;
      else if (_fazhi_text_ends_sentence (norm_line, line->norm_len))
        line->flags |= FAZHI_LINE_ENDS_SENTENCE;

      i = line_end;
      if (i >= n)
        break;
      if (s[i] == '\r')
        {
          vb->has_cr = TRUE;
          if (i + 1 < n && s[i + 1] == '\n')
            {
              i++;
              dropped++;
            }
        }
      i++;
      /* A final line end does not start another line. */
      if (i >= n)
        break;
    }

  nb->out[nb->len] = '\0';
  return TRUE;
}

static void
build_buckets (FazhiDocument *self)
{
  gsize anchor = 0;
  guint line = 0;

  /* Documents of 4 GiB and more search. */
  if (self->n_anchors == 0 || self->n_anchors > G_MAXUINT32)
    return;

  self->n_buckets = (self->norm_length >> BUCKET_SHIFT) + 1;
  self->buckets = g_new (Bucket, self->n_buckets);
  /* Anchor @anchor is the one of every bucket that starts before the
   * next anchor; likewise for lines. */
  for (gsize k = 0; anchor < self->n_anchors; anchor++)
    {
      gsize next = anchor + 1 < self->n_anchors ? self->anchors[anchor + 1].norm : G_MAXSIZE;

      for (; k < self->n_buckets && (k << BUCKET_SHIFT) < next; k++)
        self->buckets[k].anchor = (guint32) anchor;
    }
  for (gsize k = 0; line < self->n_lines; line++)
    {
      gsize next = line + 1 < self->n_lines ? self->lines[line + 1].norm_start : G_MAXSIZE;

      for (; k < self->n_buckets && (k << BUCKET_SHIFT) < next; k++)
        self->buckets[k].line = line;
    }
}

/* Makes the document of the @n bytes of UTF-8 text at @s, or returns NULL
 * when they are not valid text (or are blank and @allow_empty is FALSE).
 * @owned is @s when the document may keep it (g_malloc()ed, with room
 * for a NUL), else NULL. */
static FazhiDocument *
document_new_from_utf8 (const guchar *s,
                        gsize         n,
                        char         *owned,
                        gboolean      allow_empty,
                        const char   *encoding,
                        const char   *name,
                        guint         first_line)
{
  FazhiDocument *self;
  ViewBuilder    vb;
  char          *text;
  gsize          length;

  if (!build_view (&vb, s, n) || (!allow_empty && !vb.non_blank))
    {
      view_builder_clear (&vb);
      return NULL;
    }

  if (!vb.has_cr)
    {
      text = owned != NULL ? owned : g_malloc (n + 1);
      if (text != (const char *) s)
        memcpy (text, s, n);
      length = n;
    }
  else
    {
      /* CRLF and CR become LF, as the lines were counted. */
      text = owned != NULL ? owned : g_malloc (n + 1);
      length = 0;
      /* A line at a time; memmove() as @owned is @s. */
      for (gsize i = 0; i < n;)
        {
          const guchar *cr = memchr (s + i, '\r', n - i);
          gsize         run = (cr != NULL ? (gsize) (cr - s) : n) - i;

          memmove (text + length, s + i, run);
          length += run;
          i += run;
          if (i < n)
            {
              text[length++] = '\n';
              i += i + 1 < n && s[i + 1] == '\n' ? 2 : 1;
            }
        }
    }
  text[length] = '\0';

  self = g_object_new (FAZHI_TYPE_DOCUMENT, NULL);
  self->text = text;
  self->length = length;
  self->encoding = encoding;
  self->name = g_strdup (name);
  self->first_line = first_line;
  self->lines = vb.lines;
  self->n_lines = vb.n_lines;
  self->norm = vb.nb.out;
  self->norm_length = vb.nb.len;
  self->anchors = vb.nb.anchors;
  self->n_anchors = vb.nb.n_anchors;
  build_buckets (self);
  return self;
}

char *
_fazhi_normalize (const char *text,
                  gssize      length)
{
  NormBuffer nb = { 0 };

  if (length < 0)
    length = strlen (text);

  nb.cap = length + 16;
  nb.out = g_malloc (nb.cap);
  nb.delta = 0;
  normalize_span (&nb, text, 0, length);
  nb.out[nb.len] = '\0';
  g_free (nb.anchors);

  return nb.out;
}

/* ------------------------------------------------------------------ */
/* Construction                                                        */
/* ------------------------------------------------------------------ */

/* Decoded text (valid UTF-8 without control bytes but text ones, with LF
 * line ends) taken over. */
static FazhiDocument *
document_new_take (char       *text,
                   gsize       length,
                   const char *encoding,
                   const char *name,
                   guint       first_line,
                   GError    **error)
{
  FazhiDocument *self = document_new_from_utf8 ((const guchar *) text, length, text, TRUE, encoding, name, first_line);

  /* The decoder let through nothing that the view rejects. */
  if (self == NULL)
    {
      g_set_error (error, FAZHI_READER_ERROR, FAZHI_READER_ERROR_ENCODING,
                   "%s: invalid %s text", name, encoding);
      g_free (text);
    }
  return self;
}

/**
 * fazhi_document_new_from_bytes:
 * @bytes: the raw contents of a report file
 * @name: (nullable): the name used in error messages, usually the path
 * @error: return location for a #GError
 *
 * Decodes report text. UTF-8 (with or without byte-order mark), GB18030
 * (and so GBK and GB2312) and UTF-16 with a byte-order mark are detected
 * automatically; CRLF and CR line ends are accepted.
 *
 * Empty input, binary data and text in no supported encoding fail with a
 * %FAZHI_READER_ERROR whose message names @name and the byte offset of the
 * problem.
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
FazhiDocument *
fazhi_document_new_from_bytes (GBytes     *bytes,
                               const char *name,
                               GError    **error)
{
  const char    *encoding = NULL;
  char          *text = NULL;
  gsize          text_length = 0;
  gsize          size = 0;
  const guint8  *data;
  gsize          skip = 0;
  FazhiDocument *self;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (name == NULL)
    name = "<input>";

  data = g_bytes_get_data (bytes, &size);

  /* Nearly every report is UTF-8 text, which is read in one pass. A
   * UTF-16 byte-order mark is no valid UTF-8, and valid UTF-8 is always
   * read as UTF-8; anything else is for the decoder, which also says
   * what is wrong. */
  if (size >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
    skip = 3;
  self = document_new_from_utf8 (data + skip, size - skip, NULL, FALSE, "UTF-8", name, 1);
  if (self != NULL)
    return self;

  if (!_fazhi_decode (data, size, name, &text, &text_length, &encoding, error))
    return NULL;

  return document_new_take (text, text_length, encoding, name, 1, error);
}

FazhiDocument *
_fazhi_document_new_from_text_at (const char *text,
                                  gssize      length,
                                  const char *name,
                                  guint       first_line,
                                  GError    **error)
{
  const char    *encoding = NULL;
  char          *decoded = NULL;
  gsize          decoded_length = 0;
  gsize          skip = 0;
  FazhiDocument *self;

  if (name == NULL)
    name = "<text>";
  if (length < 0)
    length = strlen (text);
  first_line = MAX (first_line, 1);

  if (length >= 3 && memcmp (text, "\xEF\xBB\xBF", 3) == 0)
    skip = 3;
  self = document_new_from_utf8 ((const guchar *) text + skip, length - skip, NULL, TRUE, "UTF-8", name, first_line);
  if (self != NULL)
    return self;

  if (!_fazhi_decode_utf8 ((const guint8 *) text, length, name, TRUE, &decoded, &decoded_length, &encoding, error))
    return NULL;

  return document_new_take (decoded, decoded_length, encoding, name, first_line, error);
}

/**
 * fazhi_document_new_from_text:
 * @text: UTF-8 text
 * @length: the length of @text in bytes, or -1 if it is NUL-terminated
 * @name: (nullable): the name used in error messages
 * @error: return location for a #GError
 *
 * Makes a document of text that is already UTF-8, as from a text editor
 * widget. Empty text is accepted here (a document being typed may be
 * empty); invalid UTF-8 and binary data fail as for
 * [ctor@Fazhi.Document.new_from_bytes].
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
FazhiDocument *
fazhi_document_new_from_text (const char *text,
                              gssize      length,
                              const char *name,
                              GError    **error)
{
  g_return_val_if_fail (text != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _fazhi_document_new_from_text_at (text ? text : "", length, name, 1, error);
}

/* ------------------------------------------------------------------ */
/* Public accessors                                                    */
/* ------------------------------------------------------------------ */

/**
 * fazhi_document_get_name:
 * @self: a document
 *
 * Returns: the name used in messages
 */
const char *
fazhi_document_get_name (FazhiDocument *self)
{
  g_return_val_if_fail (FAZHI_IS_DOCUMENT (self), NULL);

  return self->name;
}

/**
 * fazhi_document_get_encoding:
 * @self: a document
 *
 * Returns: the encoding the text was read in, such as `GB18030`
 */
const char *
fazhi_document_get_encoding (FazhiDocument *self)
{
  g_return_val_if_fail (FAZHI_IS_DOCUMENT (self), NULL);

  return self->encoding;
}

/**
 * fazhi_document_get_text:
 * @self: a document
 * @length: (out) (optional): the length in bytes
 *
 * Returns: the decoded text, with LF line ends
 */
const char *
fazhi_document_get_text (FazhiDocument *self,
                         gsize         *length)
{
  g_return_val_if_fail (FAZHI_IS_DOCUMENT (self), NULL);

  if (length != NULL)
    *length = self->length;
  return self->text;
}

/**
 * fazhi_document_get_n_lines:
 * @self: a document
 *
 * Returns: the number of lines
 */
guint
fazhi_document_get_n_lines (FazhiDocument *self)
{
  g_return_val_if_fail (FAZHI_IS_DOCUMENT (self), 0);

  return self->n_lines;
}

static const FazhiLine *
lookup_line (FazhiDocument *self,
             guint          line)
{
  if (line < self->first_line || line - self->first_line >= self->n_lines)
    return NULL;
  return &self->lines[line - self->first_line];
}

/**
 * fazhi_document_dup_line:
 * @self: a document
 * @line: a 1-based line number
 *
 * Returns: (transfer full) (nullable): the text of the line without its
 *   line end, or %NULL when there is no such line
 */
char *
fazhi_document_dup_line (FazhiDocument *self,
                         guint          line)
{
  const FazhiLine *found;

  g_return_val_if_fail (FAZHI_IS_DOCUMENT (self), NULL);

  found = lookup_line (self, line);
  if (found == NULL)
    return NULL;

  return g_strndup (self->text + found->orig_start, found->orig_len);
}

/**
 * fazhi_document_get_line_offset:
 * @self: a document
 * @line: a 1-based line number
 *
 * Returns: the byte offset of the line's start in the text from
 *   [method@Fazhi.Document.get_text], or the text's length when there is
 *   no such line
 */
gsize
fazhi_document_get_line_offset (FazhiDocument *self,
                                guint          line)
{
  const FazhiLine *found;

  g_return_val_if_fail (FAZHI_IS_DOCUMENT (self), 0);

  found = lookup_line (self, line);
  return found != NULL ? found->orig_start : self->length;
}

static guint
line_index_at_orig (FazhiDocument *self,
                    gsize          offset)
{
  guint lo = 0;
  guint hi = self->n_lines;

  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (self->lines[mid].orig_start <= offset)
        lo = mid;
      else
        hi = mid;
    }
  return lo;
}

/**
 * fazhi_document_get_line_at_offset:
 * @self: a document
 * @offset: a byte offset in the text from [method@Fazhi.Document.get_text]
 *
 * Returns: the 1-based line that holds @offset
 */
guint
fazhi_document_get_line_at_offset (FazhiDocument *self,
                                   gsize          offset)
{
  g_return_val_if_fail (FAZHI_IS_DOCUMENT (self), 0);

  return self->first_line + line_index_at_orig (self, offset);
}

/* ------------------------------------------------------------------ */
/* The matching view                                                   */
/* ------------------------------------------------------------------ */

const FazhiLine *
_fazhi_document_get_lines (FazhiDocument *self,
                           guint         *n_lines)
{
  *n_lines = self->n_lines;
  return self->lines;
}

guint
_fazhi_document_get_first_line (FazhiDocument *self)
{
  return self->first_line;
}

const char *
_fazhi_document_get_norm (FazhiDocument *self,
                          gsize         *length)
{
  if (length != NULL)
    *length = self->norm_length;
  return self->norm;
}

static inline const Bucket *
bucket_at (FazhiDocument *self,
           gsize          norm_offset)
{
  return &self->buckets[MIN (norm_offset >> BUCKET_SHIFT, self->n_buckets - 1)];
}

/* The last anchor at or before @norm_offset (or the first anchor). */
static inline gsize
anchor_index (FazhiDocument *self,
              gsize          norm_offset)
{
  const Anchor *base = self->anchors;
  gsize         n = self->n_anchors;

  if (G_LIKELY (self->buckets != NULL))
    {
      gsize index = bucket_at (self, norm_offset)->anchor;

      while (index + 1 < self->n_anchors && self->anchors[index + 1].norm <= norm_offset)
        index++;
      return index;
    }

  /* Branch-free: the comparisons go either way at random. */
  while (n > 1)
    {
      gsize half = n / 2;

      base = base[half].norm <= norm_offset ? base + half : base;
      n -= half;
    }
  return base - self->anchors;
}

static inline gsize
orig_at_anchor (FazhiDocument *self,
                gsize          index,
                gsize          norm_offset)
{
  const Anchor *anchor = &self->anchors[index];
  gsize         orig = anchor->orig + (norm_offset - anchor->norm);

  /* Inside a folded character the offset runs ahead of the original; the
   * next anchor bounds it. */
  if (index + 1 < self->n_anchors && orig > self->anchors[index + 1].orig)
    orig = self->anchors[index + 1].orig;
  return MIN (orig, self->length);
}

gsize
_fazhi_document_norm_to_orig (FazhiDocument *self,
                              gsize          norm_offset)
{
  if (self->n_anchors == 0)
    return MIN (norm_offset, self->length);

  return orig_at_anchor (self, anchor_index (self, norm_offset), norm_offset);
}

guint
_fazhi_document_norm_to_line (FazhiDocument *self,
                              gsize          norm_offset)
{
  const FazhiLine *base = self->lines;
  guint            n = self->n_lines;

  /* The last line starting at or before @norm_offset (or the first). */
  if (G_LIKELY (self->buckets != NULL))
    {
      guint index = bucket_at (self, norm_offset)->line;

      while (index + 1 < self->n_lines && self->lines[index + 1].norm_start <= norm_offset)
        index++;
      return self->first_line + index;
    }

  /* Branch-free, as in anchor_index(). */
  while (n > 1)
    {
      guint half = n / 2;

      base = base[half].norm_start <= norm_offset ? base + half : base;
      n -= half;
    }
  return self->first_line + (guint) (base - self->lines);
}

/* Where the original of the normalised span [norm_start, norm_end) is.
 * Inlined: the call cost as much as the lookups. */
G_ALWAYS_INLINE static inline void
orig_range (FazhiDocument *self,
            gsize          norm_start,
            gsize          norm_end,
            gsize         *orig_start,
            gsize         *orig_end)
{
  gsize start;
  gsize end;

  if (self->n_anchors == 0 || norm_end < norm_start)
    {
      start = _fazhi_document_norm_to_orig (self, norm_start);
      end = _fazhi_document_norm_to_orig (self, norm_end);
    }
  else
    {
      gsize index = anchor_index (self, norm_start);

      start = orig_at_anchor (self, index, norm_start);
      /* Most spans end before the next anchor. */
      if (index + 1 < self->n_anchors && self->anchors[index + 1].norm <= norm_end)
        index = anchor_index (self, norm_end);
      end = orig_at_anchor (self, index, norm_end);
    }

  /* A span that ends on a folded character still includes all of it. */
  if (norm_end > norm_start && end <= start)
    end = start;
  while (end < self->length && ((guchar) self->text[end] & 0xC0) == 0x80)
    end++;

  *orig_start = start;
  *orig_end = end;
}

char *
_fazhi_document_dup_original (FazhiDocument *self,
                              gsize          norm_start,
                              gsize          norm_end)
{
  gsize start;
  gsize end;
  char *copy;

  orig_range (self, norm_start, norm_end, &start, &end);

  /* The text holds no NUL (decoding rejects it), so this is g_strndup()
   * without its strncpy, which pads and looks for a NUL. */
  copy = g_malloc (end - start + 1);
  memcpy (copy, self->text + start, end - start);
  copy[end - start] = '\0';
  return copy;
}

const char *
_fazhi_document_peek_original (FazhiDocument *self,
                               gsize          norm_start,
                               gsize          norm_end,
                               gsize         *length)
{
  gsize start;
  gsize end;

  orig_range (self, norm_start, norm_end, &start, &end);
  *length = end - start;
  return self->text + start;
}

void
_fazhi_paragraph_free (FazhiParagraph *paragraph)
{
  if (paragraph == NULL)
    return;
  /* Segments and text live in the same block. */
  g_free (paragraph);
}

const FazhiSegment *
_fazhi_paragraph_find_segment (const FazhiParagraph *paragraph,
                               gsize                 para_offset)
{
  guint lo = 0;
  guint hi = paragraph->n_segments;

  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (paragraph->segments[mid].para_offset <= para_offset)
        lo = mid;
      else
        hi = mid;
    }
  return &paragraph->segments[lo];
}

gsize
_fazhi_paragraph_to_norm (const FazhiParagraph *paragraph,
                          gsize                 para_offset)
{
  const FazhiSegment *segment = _fazhi_paragraph_find_segment (paragraph, para_offset);

  return segment->norm_offset + (para_offset - segment->para_offset);
}

guint
_fazhi_paragraph_to_line (const FazhiParagraph *paragraph,
                          gsize                 para_offset)
{
  return _fazhi_paragraph_find_segment (paragraph, para_offset)->line;
}

char *
_fazhi_paragraph_dup_original (FazhiDocument        *self,
                               const FazhiParagraph *paragraph,
                               gsize                 from,
                               gsize                 to)
{
  /* The original pieces, found first so that the copy is one allocation. */
  gsize  local[2 * 8];
  gsize *ranges = local;
  guint  n = 0;
  gsize  total = 0;
  char  *out;
  char  *o;

  if (paragraph->n_segments > G_N_ELEMENTS (local) / 2)
    ranges = g_new (gsize, 2 * (gsize) paragraph->n_segments);

  to = MIN (to, paragraph->length);
  for (guint i = 0; i < paragraph->n_segments && from < to; i++)
    {
      const FazhiSegment *segment = &paragraph->segments[i];
      gsize               segment_end = i + 1 < paragraph->n_segments ? paragraph->segments[i + 1].para_offset : paragraph->length;
      gsize               start = MAX (from, segment->para_offset);
      gsize               end = MIN (to, segment_end);

      if (start >= end)
        continue;
      orig_range (self,
                  segment->norm_offset + (start - segment->para_offset),
                  segment->norm_offset + (end - segment->para_offset),
                  &ranges[2 * n], &ranges[2 * n + 1]);
      total += ranges[2 * n + 1] - ranges[2 * n];
      n++;
    }

  o = out = g_malloc (total + 1);
  for (guint i = 0; i < n; i++)
    {
      memcpy (o, self->text + ranges[2 * i], ranges[2 * i + 1] - ranges[2 * i]);
      o += ranges[2 * i + 1] - ranges[2 * i];
    }
  *o = '\0';

  if (ranges != local)
    g_free (ranges);
  return out;
}

/* Paragraphs are built as a list of segments; their text is the
 * normalised text of the segments, copied once the paragraph is done.
 * Most paragraphs have a few segments, which fit in @local. */
typedef struct
{
  FazhiSegment *segments;
  guint         n_segments;
  guint         segments_cap;
  gsize         length; /* of the paragraph's text so far */
  guint         first_line;
  guint         last_line;
  FazhiSegment  local[16];
} ParagraphBuilder;

static void
add_segment (ParagraphBuilder *pb,
             gsize             norm_offset,
             gsize             length,
             guint             line)
{
  FazhiSegment *segment;

  if (G_UNLIKELY (pb->n_segments == pb->segments_cap))
    {
      pb->segments_cap *= 2;
      if (pb->segments == pb->local)
        pb->segments = g_memdup2 (pb->local, sizeof pb->local);
      pb->segments = g_renew (FazhiSegment, pb->segments, pb->segments_cap);
    }
  segment = &pb->segments[pb->n_segments++];
  segment->para_offset = pb->length;
  segment->norm_offset = norm_offset;
  segment->line = line;
  pb->length += length;
}

static void
flush_paragraph (FazhiDocument    *self,
                 ParagraphBuilder *pb,
                 GPtrArray        *out)
{
  FazhiParagraph *paragraph;
  guint           n = pb->n_segments;

  if (pb->length == 0)
    {
      pb->n_segments = 0;
      return;
    }

  /* One block: the struct, its segments, then its NUL-terminated text.
   * Reading makes a paragraph per sentence-ending line; three allocations
   * each showed in the profile. */
  paragraph = g_malloc (sizeof (FazhiParagraph) + sizeof (FazhiSegment) * n + pb->length + 1);
  paragraph->segments = (FazhiSegment *) (paragraph + 1);
  paragraph->text = (char *) (paragraph->segments + n);
  paragraph->length = pb->length;
  paragraph->first_line = pb->first_line;
  paragraph->last_line = pb->last_line;
  paragraph->n_segments = n;
  memcpy (paragraph->segments, pb->segments, sizeof (FazhiSegment) * n);
  for (guint i = 0; i < n; i++)
    {
      gsize end = i + 1 < n ? pb->segments[i + 1].para_offset : pb->length;

      memcpy (paragraph->text + pb->segments[i].para_offset, self->norm + pb->segments[i].norm_offset,
              end - pb->segments[i].para_offset);
    }
  paragraph->text[pb->length] = '\0';
  g_ptr_array_add (out, paragraph);

  pb->n_segments = 0;
  pb->length = 0;
}

void
_fazhi_document_collect_paragraphs (FazhiDocument *self,
                                    gsize          norm_start,
                                    gsize          norm_end,
                                    GPtrArray     *out)
{
  ParagraphBuilder pb;
  guint            first;

  if (norm_end > self->norm_length)
    norm_end = self->norm_length;
  if (norm_start >= norm_end)
    return;

  pb.segments = pb.local;
  pb.n_segments = 0;
  pb.segments_cap = G_N_ELEMENTS (pb.local);
  pb.length = 0;
  pb.first_line = pb.last_line = 0;

  first = _fazhi_document_norm_to_line (self, norm_start) - self->first_line;

  for (guint i = first; i < self->n_lines; i++)
    {
      const FazhiLine *line = &self->lines[i];
      gsize            start = MAX (line->norm_start, norm_start);
      gsize            end = MIN (line->norm_start + line->norm_len, norm_end);

      if (line->norm_start >= norm_end)
        break;
      if (line->flags & (FAZHI_LINE_BLANK | FAZHI_LINE_PAGE_NUMBER))
        continue;
      if (start >= end)
        continue;

      if (pb.length == 0)
        pb.first_line = self->first_line + i;
      pb.last_line = self->first_line + i;

      add_segment (&pb, start, end - start, self->first_line + i);

      /* A line that ends its sentence ends the paragraph; one that does not
       * runs on into the next text line, across blank lines and page
       * numbers, which is how a page break splits "总量达" from "690 家".
       * A whole line's flag already says so. */
      if (start == line->norm_start && end == line->norm_start + line->norm_len
            ? (line->flags & FAZHI_LINE_ENDS_SENTENCE) != 0
            : _fazhi_text_ends_sentence (self->norm + start, end - start))
        flush_paragraph (self, &pb, out);
    }

  flush_paragraph (self, &pb, out);

  if (pb.segments != pb.local)
    g_free (pb.segments);
}
