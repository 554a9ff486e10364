/* fazhi-decode.c: bytes → UTF-8 text
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Reports reach us as UTF-8 (often with a BOM when saved by Windows
 * tools), as GB18030/GBK from older systems, or as UTF-16 from Word's
 * "Unicode text". Detection is by BOM first, then by validity: Chinese
 * text in GB18030 is almost never valid UTF-8 beyond a few bytes, so a
 * file that is valid UTF-8 is UTF-8, and one that breaks early and is
 * well-formed GB18030 is GB18030. A file that is clearly UTF-8 but broken
 * further on is reported as broken, never re-read as GB18030 mojibake.
 */

#include "config.h"

#include <string.h>

#include "fazhi-decode-private.h"
#include "fazhi-error.h"
#include "fazhi-util-private.h"

/* Valid multi-byte UTF-8 characters seen before the first invalid byte
 * that make us call the file UTF-8 rather than try GB18030. */
#define UTF8_EVIDENCE 4

/* Nonzero when some byte of @w is below 0x20 or is 0x7F: the word may hold
 * a control byte. Exact as to whether there is one, not as to where (a
 * borrow can mark the bytes above a hit), so a hit is looked at byte by
 * byte. Bytes of 0x80 and above never hit. */
static inline guint64
may_hold_control (guint64 w)
{
  return ((w - _FAZHI_BYTES (0x20)) & ~w & _FAZHI_BYTES (0x80)) | _fazhi_word_has_byte (w, 0x7F);
}

/* Whether @c, a byte below 0x20 or 0x7F, is a control byte that text
 * holds: tab, LF, FF and VT (CR is text too but is counted apart). */
static inline gboolean
is_text_control (guchar c)
{
  return c == '\n' || c == '\t' || c == '\f' || c == '\v';
}

/* What one pass over the input learns: how much of it is valid UTF-8,
 * where the first control byte that no text holds is, and whether there
 * is a CR to turn into LF. */
typedef struct
{
  gsize    valid;   /* the length when all of it is valid */
  gsize    control; /* G_MAXSIZE when there is none */
  gboolean has_cr;
} TextScan;

/* Finds the first control byte that no text holds in @s and whether there
 * is a CR. Control bytes are rare (a line end every hundred bytes or so),
 * so whole words without one are skipped; only words that may hold one
 * are looked at byte by byte, in order, so the first bad byte is the one
 * found. */
static void
scan_controls (const guchar *s,
               gsize         length,
               TextScan     *scan)
{
  gsize i = 0;

  scan->control = G_MAXSIZE;
  scan->has_cr = FALSE;
  while (i < length)
    {
      gsize stop;

      if (i + 8 <= length && !may_hold_control (_fazhi_load_u64 (s + i)))
        {
          i += 8;
          continue;
        }
      stop = MIN (i + 8, length);
      for (; i < stop; i++)
        {
          guchar c = s[i];

          if (G_LIKELY (c >= 0x20 && c != 0x7F) || is_text_control (c))
            continue;
          if (c == '\r')
            {
              scan->has_cr = TRUE;
              continue;
            }
          scan->control = i;
          return;
        }
    }
}

/* Rejects control characters that no text file holds (tab, LF, CR, FF and
 * VT are text; a final SUB is a DOS end-of-file mark) and turns CRLF and
 * CR into LF. @utf8 must be valid UTF-8. @scan is what scan_utf8() found
 * over all @length bytes, or NULL to look here. Takes ownership of
 * nothing. */
static gboolean
finish_text (const char     *utf8,
             gsize           length,
             const TextScan *scan,
             const char     *name,
             const char     *encoding,
             gsize (*to_input_offset) (gsize offset, gpointer data),
             gpointer offset_data,
             char   **text,
             gsize   *text_length,
             GError **error)
{
  const guchar *s = (const guchar *) utf8;
  TextScan      local;
  char         *out;
  gsize         o = 0;

  if (length > 0 && s[length - 1] == 0x1A)
    length--;

  if (scan == NULL)
    {
      scan_controls (s, length, &local);
      scan = &local;
    }

  /* A scan of the whole input also saw the final SUB, which is no error:
   * being the first bad byte, it is the only one. */
  if (scan->control < length)
    {
      gsize i = scan->control;

      g_set_error (error, FAZHI_READER_ERROR, FAZHI_READER_ERROR_BINARY,
                   "%s: binary data (control byte 0x%02X) at byte %" G_GSIZE_FORMAT " — not a text file",
                   name, s[i], to_input_offset ? to_input_offset (i, offset_data) : i);
      return FALSE;
    }

  out = g_malloc (length + 1);
  if (!scan->has_cr)
    {
      memcpy (out, utf8, length);
      o = length;
    }
  else
    {
      for (gsize i = 0; i < length; i++)
        {
          if (s[i] == '\r')
            {
              out[o++] = '\n';
              if (i + 1 < length && s[i + 1] == '\n')
                i++;
            }
          else
            out[o++] = (char) s[i];
        }
    }
  out[o] = '\0';

  *text = out;
  *text_length = o;
  (void) encoding;
  return TRUE;
}

/* Nonzero unless the first six bytes of @w (read little-endian) are two
 * three-byte characters that need no closer look: leads E1-EC, EE or EF
 * with two continuation bytes each. Leads E0 and ED limit their second
 * byte (no overlongs, no surrogates); they are rare in Chinese and left
 * to _fazhi_utf8_valid_length(). */
static inline guint64
two_plain_three_byte (guint64 w)
{
  /* Leads become their low nibble, continuation bytes their low bits. */
  guint64 a = w ^ G_GUINT64_CONSTANT (0x8080E08080E0);
  guint64 d = a ^ G_GUINT64_CONSTANT (0x00000D00000D);
  guint64 leads = G_GUINT64_CONSTANT (0x000001000001);

  /* A lead nibble of 0 or D turns 0xFF when 1 is taken from it (a borrow
   * out of it can only mark more, never hide it). */
  return (a & G_GUINT64_CONSTANT (0xC0C0F0C0C0F0)) | (((a - leads) | (d - leads)) & (leads << 7));
}

/* One pass over UTF-8 input: where the first character that is not
 * well-formed UTF-8, or the first NUL, starts (exactly where
 * g_utf8_validate_len() stops), and the control bytes of
 * scan_controls() before it. GLib's validator looks at a byte at a time,
 * about 11 instructions a byte; reports are runs of three-byte characters
 * (CJK and its punctuation), which are checked here four at a time, with
 * short runs of ASCII between them. */
static void
scan_utf8 (const guint8 *s,
           gsize         length,
           TextScan     *scan)
{
  gsize i = 0;

  scan->control = G_MAXSIZE;
  scan->has_cr = FALSE;
  while (i < length)
    {
      guint8 b = s[i];
      gsize  n;

      if (b < 0x80)
        {
          do
            {
              if (G_UNLIKELY (b < 0x20 || b == 0x7F))
                {
                  if (b == 0)
                    {
                      scan->valid = i;
                      return;
                    }
                  if (b == '\r')
                    scan->has_cr = TRUE;
                  else if (!is_text_control (b) && scan->control == G_MAXSIZE)
                    scan->control = i;
                }
              i++;
            }
          while (i < length && (b = s[i]) < 0x80);
          continue;
        }

      while (i + 14 <= length &&
             !(two_plain_three_byte (GUINT64_FROM_LE (_fazhi_load_u64 (s + i))) |
               two_plain_three_byte (GUINT64_FROM_LE (_fazhi_load_u64 (s + i + 6)))))
        i += 12;
      while (i + 8 <= length && !two_plain_three_byte (GUINT64_FROM_LE (_fazhi_load_u64 (s + i))))
        i += 6;
      if (s[i] < 0x80)
        continue;

      n = _fazhi_utf8_valid_length (s + i, length - i);
      if (n == 0)
        {
          scan->valid = i;
          return;
        }
      i += n;
    }
  scan->valid = length;
}

static gboolean
is_blank_text (const char *text,
               gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isspace (text[i]))
      return FALSE;
  return TRUE;
}

static gboolean
report_empty (const char *name,
              GError    **error)
{
  g_set_error (error, FAZHI_READER_ERROR, FAZHI_READER_ERROR_EMPTY,
               "%s: the input is empty", name);
  return FALSE;
}

/* UTF-8 already validated from @skip on, with what scan_utf8() found
 * there. */
static gboolean
finish_utf8 (const guint8   *data,
             gsize           length,
             gsize           skip,
             const TextScan *scan,
             const char     *name,
             gboolean        allow_empty,
             char          **text,
             gsize          *text_length,
             const char    **encoding,
             GError        **error)
{
  if (!allow_empty && is_blank_text ((const char *) data + skip, length - skip))
    return report_empty (name, error);

  *encoding = "UTF-8";
  return finish_text ((const char *) data + skip, length - skip, scan, name, *encoding,
                      NULL, NULL, text, text_length, error);
}

gboolean
_fazhi_decode_utf8 (const guint8 *data,
                    gsize         length,
                    const char   *name,
                    gboolean      allow_empty,
                    char        **text,
                    gsize        *text_length,
                    const char  **encoding,
                    GError      **error)
{
  gsize    skip = 0;
  TextScan scan;

  if (length >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
    skip = 3;

  scan_utf8 (data + skip, length - skip, &scan);
  if (scan.valid < length - skip)
    {
      gsize offset = skip + scan.valid;

      if (data[offset] == '\0')
        g_set_error (error, FAZHI_READER_ERROR, FAZHI_READER_ERROR_BINARY,
                     "%s: binary data (NUL byte) at byte %" G_GSIZE_FORMAT " — not a text file",
                     name, offset);
      else
        g_set_error (error, FAZHI_READER_ERROR, FAZHI_READER_ERROR_ENCODING,
                     "%s: invalid UTF-8 at byte %" G_GSIZE_FORMAT " (byte 0x%02X)",
                     name, offset, (guint) data[offset]);
      return FALSE;
    }

  return finish_utf8 (data, length, skip, &scan, name, allow_empty, text, text_length, encoding, error);
}

/* Offset of the first byte that breaks GB18030's structure, or @length. */
static gsize
gb18030_invalid_offset (const guint8 *s,
                        gsize         length)
{
  gsize i = 0;

  while (i < length)
    {
      guint8 b = s[i];

      if (b < 0x80)
        {
          i++;
          continue;
        }
      if (b == 0x80 || b == 0xFF || i + 1 >= length)
        return i;
      if ((s[i + 1] >= 0x40 && s[i + 1] <= 0x7E) || (s[i + 1] >= 0x80 && s[i + 1] <= 0xFE))
        {
          i += 2;
          continue;
        }
      if (s[i + 1] >= 0x30 && s[i + 1] <= 0x39 && i + 3 < length &&
          s[i + 2] >= 0x81 && s[i + 2] <= 0xFE && s[i + 3] >= 0x30 && s[i + 3] <= 0x39)
        {
          i += 4;
          continue;
        }
      return i;
    }
  return length;
}

/* How many complete multi-byte UTF-8 characters precede @limit. */
static guint
count_utf8_multibyte (const guint8 *s,
                      gsize         limit)
{
  guint count = 0;

  for (gsize i = 0; i < limit; i++)
    if (s[i] >= 0xC2 && s[i] <= 0xF4)
      count++;
  return count;
}

static gsize
utf16_offset (gsize    offset,
              gpointer data)
{
  /* Offsets reported for UTF-16 input are offsets in the decoded text;
   * we have no cheap exact inverse, so name the nearest code unit. */
  return GPOINTER_TO_SIZE (data) + offset;
}

static gboolean
decode_with_iconv (const guint8 *data,
                   gsize         length,
                   const char   *name,
                   const char   *from,
                   const char   *label,
                   gsize         skip,
                   char        **text,
                   gsize        *text_length,
                   GError      **error)
{
  g_autoptr (GError) local_error = NULL;
  g_autofree char   *utf8 = NULL;
  gsize              bytes_read = 0;
  gsize              bytes_written = 0;

  utf8 = g_convert ((const char *) data + skip, length - skip, "UTF-8", from,
                    &bytes_read, &bytes_written, &local_error);
  if (utf8 == NULL)
    {
      g_set_error (error, FAZHI_READER_ERROR, FAZHI_READER_ERROR_ENCODING,
                   "%s: invalid %s at byte %" G_GSIZE_FORMAT,
                   name, label, skip + bytes_read);
      return FALSE;
    }

  /* NUL characters survive conversion; they are binary data here. */
  if (memchr (utf8, '\0', bytes_written) != NULL)
    {
      gsize at = (const char *) memchr (utf8, '\0', bytes_written) - utf8;

      g_set_error (error, FAZHI_READER_ERROR, FAZHI_READER_ERROR_BINARY,
                   "%s: binary data (NUL character) near byte %" G_GSIZE_FORMAT " of the %s text — not a text file",
                   name, at, label);
      return FALSE;
    }

  if (is_blank_text (utf8, bytes_written))
    return report_empty (name, error);

  return finish_text (utf8, bytes_written, NULL, name, label, utf16_offset, GSIZE_TO_POINTER (skip),
                      text, text_length, error);
}

/* UTF-16 without a BOM: the NUL bytes of ASCII characters sit all on odd
 * (LE) or all on even (BE) positions. */
static const char *
guess_utf16 (const guint8 *s,
             gsize         length)
{
  gsize even = 0;
  gsize odd = 0;

  if (length < 4 || length % 2 != 0)
    return NULL;
  for (gsize i = 0; i < length; i++)
    if (s[i] == 0)
      {
        if (i % 2 == 0)
          even++;
        else
          odd++;
      }
  /* CJK code points like U+4E00 put a NUL on the other side too, but
   * far less often than ASCII does. */
  if (odd >= 2 && odd >= 3 * even)
    return "UTF-16LE";
  if (even >= 2 && even >= 3 * odd)
    return "UTF-16BE";
  return NULL;
}

gboolean
_fazhi_decode (const guint8 *data,
               gsize         length,
               const char   *name,
               char        **text,
               gsize        *text_length,
               const char  **encoding,
               GError      **error)
{
  const char *utf16;
  TextScan    scan;
  gsize       utf8_bad;
  gsize       gb_bad;

  if (length == 0)
    return report_empty (name, error);

  if (length >= 2 && data[0] == 0xFF && data[1] == 0xFE)
    {
      *encoding = "UTF-16LE";
      return decode_with_iconv (data, length, name, "UTF-16LE", "UTF-16LE", 2, text, text_length, error);
    }
  if (length >= 2 && data[0] == 0xFE && data[1] == 0xFF)
    {
      *encoding = "UTF-16BE";
      return decode_with_iconv (data, length, name, "UTF-16BE", "UTF-16BE", 2, text, text_length, error);
    }
  if (length >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
    return _fazhi_decode_utf8 (data, length, name, FALSE, text, text_length, encoding, error);

  /* Valid UTF-8 is UTF-8; validating it once is enough. */
  scan_utf8 (data, length, &scan);
  utf8_bad = scan.valid;
  if (utf8_bad == length)
    return finish_utf8 (data, length, 0, &scan, name, FALSE, text, text_length, encoding, error);

  if (memchr (data, '\0', length) != NULL)
    {
      utf16 = guess_utf16 (data, length);
      if (utf16 != NULL)
        {
          *encoding = utf16;
          return decode_with_iconv (data, length, name, utf16, utf16, 0, text, text_length, error);
        }
      g_set_error (error, FAZHI_READER_ERROR, FAZHI_READER_ERROR_BINARY,
                   "%s: binary data (NUL byte) at byte %" G_GSIZE_FORMAT " — not a text file",
                   name, (gsize) ((const guint8 *) memchr (data, '\0', length) - data));
      return FALSE;
    }

  if (count_utf8_multibyte (data, utf8_bad) >= UTF8_EVIDENCE)
    {
      g_set_error (error, FAZHI_READER_ERROR, FAZHI_READER_ERROR_ENCODING,
                   "%s: invalid UTF-8 at byte %" G_GSIZE_FORMAT " (byte 0x%02X)",
                   name, utf8_bad, (guint) data[utf8_bad]);
      return FALSE;
    }

  gb_bad = gb18030_invalid_offset (data, length);
  if (gb_bad < length)
    {
      g_set_error (error, FAZHI_READER_ERROR, FAZHI_READER_ERROR_ENCODING,
                   "%s: not text in a supported encoding: invalid UTF-8 at byte %" G_GSIZE_FORMAT
                   " and invalid GB18030 at byte %" G_GSIZE_FORMAT,
                   name, utf8_bad, gb_bad);
      return FALSE;
    }

  *encoding = "GB18030";
  return decode_with_iconv (data, length, name, "GB18030", "GB18030", 0, text, text_length, error);
}
