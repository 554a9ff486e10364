/* test-matcher.c: finding many phrases in one pass
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The phrase matcher keys positions by their UTF-8 bytes and filters them
 * through hashed tables, so it is checked here on its own: hand-picked
 * cases (two- and three-character keys, shared first parts, gaps, the
 * ends of the text, characters of one to four bytes), then random texts
 * against the obvious search, which tries every phrase at every place.
 */

#include <string.h>

#include "fazhi-matcher-private.h"

#include "fazhi-test.h"

static void
append_hit (guint32  id,
            gsize    start,
            gsize    end,
            gpointer user_data)
{
  g_string_append_printf (user_data, "%u:%" G_GSIZE_FORMAT "-%" G_GSIZE_FORMAT " ", id, start, end);
}

static char *
scan (const FazhiMatcher *matcher,
      const char         *text,
      gssize              length)
{
  GString *hits = g_string_new (NULL);

  _fazhi_matcher_scan (matcher, text, length < 0 ? strlen (text) : (gsize) length, append_hit, hits);
  return g_string_free (hits, FALSE);
}

static FazhiMatcher *
matcher_of (const char * const *phrases)
{
  FazhiMatcher *matcher = _fazhi_matcher_new ();

  for (guint i = 0; phrases[i] != NULL; i++)
    ck_assert (_fazhi_matcher_add (matcher, phrases[i], i));
  _fazhi_matcher_build (matcher);
  return matcher;
}

START_TEST (test_cases)
{
  /* clang-format off */
  static const char *const phrases[] = {
    "依法",           /* 0: two characters */
    "依法行政",       /* 1: shares its first two with 0 */
    "法治政府",       /* 2 */
    "法治政府建设",   /* 3: longer, same first three: reported first */
    "法治政府",       /* 4: the same as 2, added later: after it */
    "纳入…年度工作计划", /* 5: a gap, within one sentence */
    "ab",             /* 6: ASCII */
    "𠀀字",           /* 7: a four-byte character */
    "é法",            /* 8: a two-byte character */
    NULL,
  };
  /* clang-format on */
  /* clang-format off */
  static const struct
  {
    const char *text;
    gssize      length;
    const char *hits;
  } cases[] = {
    /* At one start: the two-character key first, then longer first, then
     * the order added; overlapping occurrences all reported. */
    { "坚持依法行政，推进法治政府建设", -1, "0:6-12 1:6-18 3:27-45 2:27-39 4:27-39 " },
    /* The parts after a gap in the same sentence, in order; not across a
     * sentence end. */
    { "纳入全县经济社会发展规划和年度工作计划。", -1, "5:0-57 " },
    { "纳入规划。年度工作计划", -1, "" },
    /* Phrases at the very end of the text, and the text cut short of one:
     * nothing is read past the length. */
    { "xab", -1, "6:1-3 " },
    { "依法", 3, "" },
    { "依法行政", 9, "0:0-6 " },
    { "一𠀀字é法", -1, "7:3-10 8:10-15 " },
    { "", 0, "" },
  };
  /* clang-format on */
  g_autoptr (FazhiMatcher) matcher = matcher_of (phrases);

  ck_assert_uint_eq (_fazhi_matcher_get_n_phrases (matcher), 9);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *hits = scan (matcher, cases[i].text, cases[i].length);

      ck_assert_msg (g_str_equal (hits, cases[i].hits), "“%s”: got %s, want %s", cases[i].text, hits, cases[i].hits);
    }
}
END_TEST

START_TEST (test_refused)
{
  g_autoptr (FazhiMatcher) matcher = _fazhi_matcher_new ();
  g_autofree char         *hits = NULL;

  /* Shorter than two characters, or an empty part after a gap. */
  ck_assert (!_fazhi_matcher_add (matcher, "法", 0));
  ck_assert (!_fazhi_matcher_add (matcher, "", 1));
  ck_assert (!_fazhi_matcher_add (matcher, "纳入…", 2));
  ck_assert (_fazhi_matcher_add (matcher, "法治", 3));
  _fazhi_matcher_build (matcher);
  ck_assert_uint_eq (_fazhi_matcher_get_n_phrases (matcher), 1);
  hits = scan (matcher, "法治法", -1);
  ck_assert_str_eq (hits, "3:0-6 ");
}
END_TEST

/* The obvious search: every phrase (without gaps) tried at every
 * character; at one start the two-character phrases first, then longer
 * ones first, then the order added. */
typedef struct
{
  const char *text;
  gsize       length;
  guint       chars;
  guint       index;
} Candidate;

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *x = a;
  const Candidate *y = b;

  if ((x->chars > 2) != (y->chars > 2))
    return x->chars > 2 ? 1 : -1;
  if (x->length != y->length)
    return x->length > y->length ? -1 : 1;
  return x->index < y->index ? -1 : x->index > y->index;
}

static char *
naive_scan (const char * const *phrases,
            const char         *text)
{
  GString *hits = g_string_new (NULL);
  gsize    length = strlen (text);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      g_autoptr (GArray) found = g_array_new (FALSE, FALSE, sizeof (Candidate));

      for (guint i = 0; phrases[i] != NULL; i++)
        {
          gsize n = strlen (phrases[i]);

          if ((gsize) (p - text) + n <= length && memcmp (p, phrases[i], n) == 0)
            {
              Candidate candidate = { phrases[i], n, (guint) g_utf8_strlen (phrases[i], -1), i };

              g_array_append_val (found, candidate);
            }
        }
      g_array_sort (found, compare_candidates);
      for (guint k = 0; k < found->len; k++)
        {
          const Candidate *c = &g_array_index (found, Candidate, k);

          append_hit (c->index, p - text, p - text + c->length, hits);
        }
    }
  return g_string_free (hits, FALSE);
}

START_TEST (test_random_against_naive)
{
  /* clang-format off */
  static const char *const pieces[] = {
    "依", "法", "行", "政", "治", "府", "建", "设", "年", "度", "。", "，", "a", "b", "é", "𠀀", "字", " ", "1",
  };
  static const char *const phrases[] = {
    "依法", "依法行政", "法治", "法治政府", "法治政府建设", "政府", "政府建设", "治政", "法治政府", "年度",
    "ab", "ba", "é法", "𠀀字", "字𠀀字", "设。", "，依法", "府建设年度", "a依", "11", NULL,
  };
  /* clang-format on */
  g_autoptr (FazhiMatcher) matcher = matcher_of (phrases);
  GRand                   *rand = g_rand_new_with_seed (20261127);

  for (guint round = 0; round < 2000; round++)
    {
      g_autoptr (GString) text = g_string_new (NULL);
      guint               n = g_rand_int_range (rand, 0, 60);
      g_autofree char    *got = NULL;
      g_autofree char    *want = NULL;

      for (guint i = 0; i < n; i++)
        g_string_append (text, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
      got = scan (matcher, text->str, text->len);
      want = naive_scan (phrases, text->str);
      ck_assert_msg (g_str_equal (got, want), "text “%s”: got %s, want %s", text->str, got, want);
    }
  g_rand_free (rand);
}
END_TEST

static Suite *
matcher_suite (void)
{
  Suite *suite = suite_create ("matcher");
  TCase *cases = tcase_create ("matcher");

  tcase_add_test (cases, test_cases);
  tcase_add_test (cases, test_refused);
  tcase_add_test (cases, test_random_against_naive);
  suite_add_tcase (suite, cases);
  return suite;
}

int
main (void)
{
  return fazhi_test_run (matcher_suite ());
}
