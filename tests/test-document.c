/* test-document.c: decoding, the line map, normalisation and repair
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include "fazhi.h"
#include "fazhi-decode-private.h"
#include "fazhi-document-private.h"

#include "fazhi-test.h"

static FazhiDocument *
doc_from (const void *data,
          gsize       length,
          GError    **error)
{
  g_autoptr (GBytes) bytes = g_bytes_new (data, length);

  return fazhi_document_new_from_bytes (bytes, "in.txt", error);
}

static char *
to_encoding (const char *utf8,
             const char *encoding,
             gsize      *length)
{
  g_autoptr (GError) error = NULL;
  char              *converted = g_convert (utf8, -1, encoding, "UTF-8", NULL, length, &error);

  fazhi_assert_no_error (error);
  return converted;
}

static const char *sample = "关于2022年度法治政府建设情况的报告\n区政府：\n一、主要举措和成效\n";

START_TEST (test_utf8_and_bom)
{
  g_autoptr (GError)        error = NULL;
  g_autoptr (FazhiDocument) plain = doc_from (sample, strlen (sample), &error);
  g_autofree char          *with_bom = g_strconcat ("\xEF\xBB\xBF", sample, NULL);
  g_autoptr (FazhiDocument) bom = NULL;
  g_autofree char          *line = NULL;

  fazhi_assert_no_error (error);
  ck_assert_str_eq (fazhi_document_get_encoding (plain), "UTF-8");
  ck_assert_uint_eq (fazhi_document_get_n_lines (plain), 3);

  bom = doc_from (with_bom, strlen (with_bom), &error);
  fazhi_assert_no_error (error);
  ck_assert_str_eq (fazhi_document_get_text (bom, NULL), sample);
  line = fazhi_document_dup_line (bom, 2);
  ck_assert_str_eq (line, "区政府：");
  ck_assert_ptr_null (fazhi_document_dup_line (bom, 4));
  ck_assert_ptr_null (fazhi_document_dup_line (bom, 0));
}
END_TEST

START_TEST (test_gb18030)
{
  g_autoptr (GError)        error = NULL;
  gsize                     length = 0;
  g_autofree char          *gbk = to_encoding (sample, "GB18030", &length);
  g_autoptr (FazhiDocument) doc = doc_from (gbk, length, &error);

  fazhi_assert_no_error (error);
  ck_assert_str_eq (fazhi_document_get_encoding (doc), "GB18030");
  ck_assert_str_eq (fazhi_document_get_text (doc, NULL), sample);
}
END_TEST

START_TEST (test_utf16)
{
  g_autoptr (GError)        error = NULL;
  gsize                     length = 0;
  g_autofree char          *le = to_encoding (sample, "UTF-16LE", &length);
  g_autofree char          *with_bom = g_malloc (length + 2);
  g_autoptr (FazhiDocument) doc = NULL;
  g_autoptr (FazhiDocument) be_doc = NULL;
  g_autoptr (FazhiDocument) no_bom = NULL;
  gsize                     be_length = 0;
  g_autofree char          *be = to_encoding (sample, "UTF-16BE", &be_length);
  g_autofree char          *be_bom = g_malloc (be_length + 2);

  with_bom[0] = (char) 0xFF;
  with_bom[1] = (char) 0xFE;
  memcpy (with_bom + 2, le, length);
  doc = doc_from (with_bom, length + 2, &error);
  fazhi_assert_no_error (error);
  ck_assert_str_eq (fazhi_document_get_encoding (doc), "UTF-16LE");
  ck_assert_str_eq (fazhi_document_get_text (doc, NULL), sample);

  be_bom[0] = (char) 0xFE;
  be_bom[1] = (char) 0xFF;
  memcpy (be_bom + 2, be, be_length);
  be_doc = doc_from (be_bom, be_length + 2, &error);
  fazhi_assert_no_error (error);
  ck_assert_str_eq (fazhi_document_get_encoding (be_doc), "UTF-16BE");
  ck_assert_str_eq (fazhi_document_get_text (be_doc, NULL), sample);

  /* Without a BOM, the NULs of the ASCII characters give it away. */
  no_bom = doc_from (le, length, &error);
  fazhi_assert_no_error (error);
  ck_assert_str_eq (fazhi_document_get_encoding (no_bom), "UTF-16LE");
}
END_TEST

START_TEST (test_line_ends)
{
  g_autoptr (GError)        error = NULL;
  const char               *crlf = "一、甲\r\n正文。\r\n\r\n二、乙\r\n";
  const char               *cr = "一、甲\r正文。\r二、乙";
  g_autoptr (FazhiDocument) a = doc_from (crlf, strlen (crlf), &error);
  g_autoptr (FazhiDocument) b = doc_from (cr, strlen (cr), &error);
  g_autofree char          *line = NULL;

  fazhi_assert_no_error (error);
  ck_assert_uint_eq (fazhi_document_get_n_lines (a), 4);
  ck_assert_str_eq (fazhi_document_get_text (a, NULL), "一、甲\n正文。\n\n二、乙\n");
  ck_assert_uint_eq (fazhi_document_get_n_lines (b), 3);
  line = fazhi_document_dup_line (b, 3);
  ck_assert_str_eq (line, "二、乙");
  ck_assert_uint_eq (fazhi_document_get_line_at_offset (a, 0), 1);
  ck_assert_uint_eq (fazhi_document_get_line_at_offset (a, fazhi_document_get_line_offset (a, 4)), 4);
}
END_TEST

typedef struct
{
  const char *data;
  gsize       length;
  int         code;
  const char *message_part;
} BadInput;

static const BadInput bad_inputs[] = {
  { "", 0, FAZHI_READER_ERROR_EMPTY, "in.txt: the input is empty" },
  { " \n\t\r\n  ", 7, FAZHI_READER_ERROR_EMPTY, "empty" },
  { "\xEF\xBB\xBF", 3, FAZHI_READER_ERROR_EMPTY, "empty" },
  { "报告\0正文", 13, FAZHI_READER_ERROR_BINARY, "at byte 6" },
  { "abc\x01\x02\x03 binary", 13, FAZHI_READER_ERROR_BINARY, "control byte 0x01" },
  /* Clearly UTF-8 (many valid characters) broken later: not GB18030. */
  { "法治政府建设情况报告\xE6\xB3", 32, FAZHI_READER_ERROR_ENCODING, "invalid UTF-8 at byte 30" },
  /* Neither UTF-8 nor GB18030. */
  { "\x80\x81\xff\xfe\x00\x01", 6, FAZHI_READER_ERROR_BINARY, "NUL" },
  { "\xff\x80\xff\x80\xff", 5, FAZHI_READER_ERROR_ENCODING, "invalid GB18030" },
};

START_TEST (test_bad_input)
{
  const BadInput           *bad = &bad_inputs[_i];
  g_autoptr (GError)        error = NULL;
  g_autoptr (FazhiDocument) doc = doc_from (bad->data, bad->length, &error);

  ck_assert_ptr_null (doc);
  fazhi_assert_error (error, FAZHI_READER_ERROR, bad->code);
  ck_assert_msg (g_str_has_prefix (error->message, "in.txt: "), "unnamed: %s", error->message);
  ck_assert_msg (strstr (error->message, bad->message_part) != NULL,
                 "message \"%s\" lacks \"%s\"", error->message, bad->message_part);
}
END_TEST

START_TEST (test_random_bytes)
{
  /* Whatever the bytes, a document or an error — never a crash. */
  GRand *rand = g_rand_new_with_seed (20240101);

  for (guint round = 0; round < 2000; round++)
    {
      gsize                     length = g_rand_int_range (rand, 0, 512);
      g_autofree guint8        *data = g_malloc (length + 1);
      g_autoptr (GError)        error = NULL;
      g_autoptr (FazhiDocument) doc = NULL;

      for (gsize i = 0; i < length; i++)
        data[i] = (guint8) g_rand_int_range (rand, 0, 256);
      doc = doc_from (data, length, &error);
      ck_assert ((doc == NULL) != (error == NULL));
      if (error != NULL)
        ck_assert (error->domain == FAZHI_READER_ERROR);
    }
  g_rand_free (rand);
}
END_TEST

static char *
norm (const char *text)
{
  return _fazhi_normalize (text, -1);
}

START_TEST (test_normalize)
{
  struct
  {
    const char *in, *out;
  } cases[] = {
    { "２０２０年", "2020年" },
    { "（一）依法行政", "(一)依法行政" },
    { "新培育科技型企业 1005 家", "新培育科技型企业1005家" },
    { "提高 29.7 %", "提高29.7%" },
    { "总量 1 286 件", "总量1286件" },
    { "法　治　政　府", "法治政府" },
    { "对接重庆 OTC 等机构", "对接重庆OTC等机构" },
    { "Windows 10 系统", "Windows 10系统" },
    { "  前后空格  ", "前后空格" },
    { "零\xE2\x80\x8B宽", "零宽" },
    { "ＡＢＣ－１２", "ABC-12" },
    { "６．７５万平方米", "6.75万平方米" },
    { "不\xC2\xA0换行", "不换行" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = norm (cases[i].in);

      ck_assert_msg (g_str_equal (got, cases[i].out), "normalize(%s) = %s, expected %s",
                     cases[i].in, got, cases[i].out);
    }
}
END_TEST

START_TEST (test_norm_maps_back)
{
  g_autoptr (GError)        error = NULL;
  const char               *text = "第一行\n投入 ７５．４６ 亿元，提高 29.7%。\n";
  g_autoptr (FazhiDocument) doc = fazhi_document_new_from_text (text, -1, "t", &error);
  gsize                     length = 0;
  const char               *normed = _fazhi_document_get_norm (doc, &length);
  const char               *at = strstr (normed, "75.46亿元");
  g_autofree char          *original = NULL;

  fazhi_assert_no_error (error);
  ck_assert_ptr_nonnull (at);
  original = _fazhi_document_dup_original (doc, at - normed, at - normed + strlen ("75.46亿元"));
  ck_assert_str_eq (original, "７５．４６ 亿元");
  ck_assert_uint_eq (_fazhi_document_norm_to_line (doc, at - normed), 2);

  at = strstr (normed, "29.7%");
  g_clear_pointer (&original, g_free);
  original = _fazhi_document_dup_original (doc, at - normed, at - normed + strlen ("29.7%"));
  ck_assert_str_eq (original, "29.7%");
}
END_TEST

START_TEST (test_page_breaks_and_numbers)
{
  g_autoptr (GError) error = NULL;
  const char        *text =
    "新培育国家高新技术企业 28 家，总量达\n" /* 1 */
    "\n"                                     /* 2 */
    "— 3 —\n"                                /* 3 */
    "\n"                                     /* 4 */
    "690 家。实施区级科技计划项\n"           /* 5 */
    "\n"                                     /* 6 */
    "目。投入资金 1723 万。\n"               /* 7 */
    "-4-\n"                                  /* 8 */
    "第 5 页\n"                              /* 9 */
    "新段落。\n";                            /* 10 */
  g_autoptr (FazhiDocument) doc = fazhi_document_new_from_text (text, -1, "t", &error);
  g_autoptr (GPtrArray)     paragraphs = g_ptr_array_new_with_free_func ((GDestroyNotify) _fazhi_paragraph_free);
  const FazhiLine          *lines;
  guint                     n_lines;
  gsize                     length;
  FazhiParagraph           *first;
  const char               *at;

  fazhi_assert_no_error (error);
  lines = _fazhi_document_get_lines (doc, &n_lines);
  ck_assert_uint_eq (n_lines, 10);
  ck_assert (lines[2].flags & FAZHI_LINE_PAGE_NUMBER);
  ck_assert (lines[7].flags & FAZHI_LINE_PAGE_NUMBER);
  ck_assert (lines[8].flags & FAZHI_LINE_PAGE_NUMBER);
  ck_assert (lines[1].flags & FAZHI_LINE_BLANK);
  ck_assert (!(lines[0].flags & FAZHI_LINE_ENDS_SENTENCE));
  ck_assert (lines[6].flags & FAZHI_LINE_ENDS_SENTENCE);

  _fazhi_document_get_norm (doc, &length);
  _fazhi_document_collect_paragraphs (doc, 0, length, paragraphs);
  ck_assert_uint_eq (paragraphs->len, 2);

  first = g_ptr_array_index (paragraphs, 0);
  ck_assert_str_eq (first->text, "新培育国家高新技术企业28家，总量达690家。实施区级科技计划项目。投入资金1723万。");
  ck_assert_uint_eq (first->first_line, 1);
  ck_assert_uint_eq (first->last_line, 7);
  at = strstr (first->text, "690");
  ck_assert_uint_eq (_fazhi_paragraph_to_line (first, at - first->text), 5);
  at = strstr (first->text, "目。");
  ck_assert_uint_eq (_fazhi_paragraph_to_line (first, at - first->text), 7);
  ck_assert_uint_eq (_fazhi_paragraph_to_line (first, 0), 1);

  ck_assert_str_eq (((FazhiParagraph *) g_ptr_array_index (paragraphs, 1))->text, "新段落。");
}
END_TEST

START_TEST (test_not_page_numbers)
{
  const char *lines[] = { "2021年1月28日", "第一章", "12.4 宪法宣传周", "共 3 项", "1.", "一、总体情况" };

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_autoptr (GError)        error = NULL;
      g_autoptr (FazhiDocument) doc = fazhi_document_new_from_text (lines[i], -1, "t", &error);
      guint                     n;
      const FazhiLine          *l = _fazhi_document_get_lines (doc, &n);

      ck_assert_msg (!(l[0].flags & FAZHI_LINE_PAGE_NUMBER), "\"%s\" taken for a page number", lines[i]);
    }
}
END_TEST

START_TEST (test_ends_sentence)
{
  ck_assert (_fazhi_text_ends_sentence ("好。", strlen ("好。")));
  ck_assert (_fazhi_text_ends_sentence ("区政府：", strlen ("区政府：")));
  ck_assert (_fazhi_text_ends_sentence ("他说“好。”", strlen ("他说“好。”")));
  ck_assert (!_fazhi_text_ends_sentence ("总量达", strlen ("总量达")));
  ck_assert (!_fazhi_text_ends_sentence ("文件工作，", strlen ("文件工作，")));
  ck_assert (!_fazhi_text_ends_sentence ("“两高”", strlen ("“两高”")));
  ck_assert (!_fazhi_text_ends_sentence ("", 0));
}
END_TEST

START_TEST (test_text_at_line)
{
  g_autoptr (GError)        error = NULL;
  g_autoptr (FazhiDocument) doc = _fazhi_document_new_from_text_at ("甲。\n乙。", -1, "body", 41, &error);
  g_autofree char          *line = NULL;

  fazhi_assert_no_error (error);
  line = fazhi_document_dup_line (doc, 42);
  ck_assert_str_eq (line, "乙。");
  ck_assert_ptr_null (fazhi_document_dup_line (doc, 1));
  ck_assert_uint_eq (fazhi_document_get_line_at_offset (doc, 0), 41);
  ck_assert_uint_eq (_fazhi_document_norm_to_line (doc, strlen ("甲。\n")), 42);
}
END_TEST

START_TEST (test_many_lines_no_newline)
{
  /* 10^6 characters on one line and 10^6 empty lines: linear, no crash. */
  g_autoptr (GError)        error = NULL;
  g_autofree char          *one_line = g_strnfill (1000000, 'x');
  g_autofree char          *many = g_strnfill (1000000, '\n');
  g_autoptr (FazhiDocument) a = fazhi_document_new_from_text (one_line, -1, "a", &error);
  g_autoptr (FazhiDocument) b = NULL;

  fazhi_assert_no_error (error);
  ck_assert_uint_eq (fazhi_document_get_n_lines (a), 1);
  b = fazhi_document_new_from_text (many, -1, "b", &error);
  fazhi_assert_no_error (error);
  ck_assert_uint_eq (fazhi_document_get_n_lines (b), 1000000);
}
END_TEST

/* The decoder validates UTF-8 several characters at a time; it must
 * accept exactly what GLib accepts and name the same first bad byte.
 * Inputs mix valid characters of every length with the near misses a
 * fast path can get wrong: overlongs, surrogates, code points past
 * U+10FFFF, stray continuation bytes and cut sequences. No control
 * bytes, so validity alone decides. */
static gsize
append_piece (GRand  *rand,
              guint8 *out)
{
  static const guint8 near_misses[][4] = {
    { 0xC0, 0xAF },
    { 0xC1, 0xBF },
    { 0xE0, 0x80, 0xAF },
    { 0xE0, 0x9F, 0xBF },
    { 0xED, 0xA0, 0x80 },
    { 0xED, 0xBF, 0xBF },
    { 0xF0, 0x80, 0x80, 0xAF },
    { 0xF0, 0x8F, 0xBF, 0xBF },
    { 0xF4, 0x90, 0x80, 0x80 },
    { 0xF5, 0x80, 0x80, 0x80 },
    { 0xFF },
    { 0x80 },
    { 0xE6, 0xB3 },
    { 0xF0, 0x9F, 0x98 },
  };
  guint32 c;

  switch (g_rand_int_range (rand, 0, 8))
    {
    case 0:
      out[0] = (guint8) g_rand_int_range (rand, 0x20, 0x7F);
      return 1;
    case 1:
      {
        const guint8 *m = near_misses[g_rand_int_range (rand, 0, G_N_ELEMENTS (near_misses))];
        gsize         n = m[0] >= 0xF0 ? 4 : m[0] >= 0xE0 ? 3
                                           : m[0] >= 0xC0 ? 2
                                                          : 1;

        if (m[0] == 0xE6 || (m[0] == 0xF0 && m[1] == 0x9F))
          n--; /* the cut ones */
        memcpy (out, m, n);
        return n;
      }
    case 2:
      c = g_rand_int_range (rand, 0x80, 0x800);
      break;
    case 3:
      c = g_rand_int_range (rand, 0x10000, 0x110000);
      break;
    case 4:
      c = g_rand_int_range (rand, 0x800, 0xD800);
      break;
    case 5:
      c = g_rand_int_range (rand, 0xE000, 0x10000);
      break;
    default:
      c = g_rand_int_range (rand, 0x4E00, 0x9FA6); /* most of a report */
      break;
    }
  return g_unichar_to_utf8 (c, (char *) out);
}

START_TEST (test_utf8_validation_matches_glib)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (20261126);
  guint8            data[96];
  guint             n_valid = 0, n_invalid = 0;

  for (guint round = 0; round < 60000; round++)
    {
      gsize              length = 0;
      guint              pieces = g_rand_int_range (rand, 1, 20);
      const char        *end = NULL;
      gboolean           valid;
      g_autofree char   *text = NULL;
      gsize              text_length = 0;
      const char        *encoding = NULL;
      g_autoptr (GError) error = NULL;
      gboolean           decoded;

      /* Mostly valid text with one flaw somewhere, sometimes none. */
      for (guint i = 0; i < pieces && length + 4 <= sizeof data; i++)
        {
          gsize n = append_piece (rand, data + length);

          /* 法 instead of three flaws in four. */
          if (!g_utf8_validate_len ((const char *) data + length, n, NULL) && g_rand_int_range (rand, 0, 4) != 0)
            n = g_unichar_to_utf8 (0x6CD5, (char *) data + length);
          length += n;
        }
      if (length >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
        data[0] = 'x'; /* not a byte-order mark */

      valid = g_utf8_validate_len ((const char *) data, length, &end);
      decoded = _fazhi_decode_utf8 (data, length, "t.txt", TRUE, &text, &text_length, &encoding, &error);
      ck_assert_int_eq (decoded, valid);
      if (valid)
        {
          n_valid++;
          ck_assert_uint_eq (text_length, length);
          ck_assert (memcmp (text, data, length) == 0);
        }
      else
        {
          g_autofree char *expected = g_strdup_printf ("invalid UTF-8 at byte %" G_GSIZE_FORMAT " ", (gsize) ((const guint8 *) end - data));

          n_invalid++;
          ck_assert (g_error_matches (error, FAZHI_READER_ERROR, FAZHI_READER_ERROR_ENCODING));
          ck_assert_msg (strstr (error->message, expected) != NULL, "%s: expected “%s”", error->message, expected);
        }
    }
  /* Both sides were exercised. */
  ck_assert_uint_gt (n_valid, 10000);
  ck_assert_uint_gt (n_invalid, 10000);
}
END_TEST

static Suite *
document_suite (void)
{
  Suite *suite = suite_create ("document");
  TCase *decode = tcase_create ("decode");
  TCase *view = tcase_create ("view");

  tcase_add_test (decode, test_utf8_and_bom);
  tcase_add_test (decode, test_gb18030);
  tcase_add_test (decode, test_utf16);
  tcase_add_test (decode, test_line_ends);
  tcase_add_loop_test (decode, test_bad_input, 0, G_N_ELEMENTS (bad_inputs));
  tcase_add_test (decode, test_random_bytes);
  tcase_add_test (decode, test_utf8_validation_matches_glib);
  tcase_set_timeout (decode, 120);
  suite_add_tcase (suite, decode);

  tcase_add_test (view, test_normalize);
  tcase_add_test (view, test_norm_maps_back);
  tcase_add_test (view, test_page_breaks_and_numbers);
  tcase_add_test (view, test_not_page_numbers);
  tcase_add_test (view, test_ends_sentence);
  tcase_add_test (view, test_text_at_line);
  tcase_add_test (view, test_many_lines_no_newline);
  tcase_set_timeout (view, 120);
  suite_add_tcase (suite, view);

  return suite;
}

int
main (void)
{
  return fazhi_test_run (document_suite ());
}
