/* fazhi-numerals.c: numbers and dates as reports write them
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Both parsers read the normalised text, where full-width digits are
 * already ASCII and spaces inside numbers are gone, so "１ ２８６" arrives
 * as "1286". They look at bytes only and allocate nothing but the GDate
 * they return; the figure extractor calls them for every number of every
 * report.
 */

#include "config.h"

#include <string.h>

#include "fazhi-evidence-private.h"

/* Digits kept in the integer mantissa. Up to fifteen, the mantissa and
 * the power of ten are both exact in a double, so mantissa / 10^k is
 * rounded once, as strtod would round it; a longer run of digits is a
 * code or an identifier rather than a quantity, and precision no longer
 * matters. */
#define MAX_EXACT_DIGITS 15

/* clang-format off */
static const double exact_powers_of_ten[MAX_EXACT_DIGITS + 1] = {
  1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
};
/* clang-format on */

/* g_ascii_isdigit () without its table, which is a load through the
 * GOT for every byte. */
static inline gboolean
is_digit (char c)
{
  return (guchar) (c - '0') < 10;
}

/* The value of a number of more than MAX_EXACT_DIGITS digits: its
 * integer part, digit by digit in a double, groups included. Rare, so
 * not worth accumulating as the digits are read. */
static double
approximate (const char *s,
             gsize       int_end)
{
  double approx = 0.0;

  for (gsize i = 0; i < int_end; i++)
    if (s[i] != ',')
      approx = approx * 10.0 + (s[i] - '0');
  return approx;
}

static gsize
parse_ascii (const char *s,
             gsize       length,
             double     *value)
{
  guint64 mantissa = 0;
  guint   n_digits = 0;
  guint   n_fraction = 0;
  gsize   int_end;
  gsize   i = 0;

  while (i < length && is_digit (s[i]))
    {
      if (n_digits < MAX_EXACT_DIGITS)
        mantissa = mantissa * 10 + (guint64) (s[i] - '0');
      n_digits++;
      i++;
    }

  /* "1,286" and "12,345,678" are grouped; "1,2" and "1234,567" are a
   * number followed by a comma that separates clauses. */
  if (n_digits <= 3)
    {
      while (i + 3 < length && s[i] == ',' && is_digit (s[i + 1]) && is_digit (s[i + 2]) && is_digit (s[i + 3]) &&
             (i + 4 >= length || !is_digit (s[i + 4])))
        {
          for (guint k = 1; k <= 3; k++)
            {
              if (n_digits < MAX_EXACT_DIGITS)
                mantissa = mantissa * 10 + (guint64) (s[i + k] - '0');
              n_digits++;
            }
          i += 4;
        }
    }
  int_end = i;

  if (i + 1 < length && s[i] == '.' && is_digit (s[i + 1]))
    {
      i++;
      while (i < length && is_digit (s[i]))
        {
          if (n_digits < MAX_EXACT_DIGITS)
            {
              mantissa = mantissa * 10 + (guint64) (s[i] - '0');
              n_fraction++;
            }
          n_digits++;
          i++;
        }
    }

  if (n_digits <= MAX_EXACT_DIGITS)
    *value = (double) mantissa / exact_powers_of_ten[n_fraction];
  else
    *value = approximate (s, int_end);

  return i;
}

static inline int
cn_at (const char *s,
       gsize       i,
       gsize       length)
{
  return i + 3 <= length ? _fazhi_cn_numeral (s + i) : FAZHI_CN_NONE;
}

static inline gboolean
cn_is_digit (int token)
{
  return token >= 0 && token <= 9;
}

/* A run of bare digits such as 二〇二一 (years are written digit by
 * digit). Only taken for three or more digits, or when a zero shows
 * that it cannot be the usual grammar: 五六个 is "five or six", not 56. */
static gsize
parse_cn_digit_string (const char *s,
                       gsize       length,
                       double     *value)
{
  gsize    i = 0;
  guint    n = 0;
  gboolean has_zero = FALSE;
  double   v = 0.0;

  for (;;)
    {
      int token = cn_at (s, i, length);

      if (!cn_is_digit (token))
        break;
      has_zero |= token == 0;
      v = v * 10.0 + token;
      n++;
      i += 3;
    }

  /* A multiplier right after the run means the usual grammar after all
   * (一二十 is not a number either way; let the grammar read what it can). */
  if (n < 2 || (n == 2 && !has_zero) || cn_at (s, i, length) >= FAZHI_CN_TEN)
    return 0;

  *value = v;
  return i;
}

/* The usual grammar: 十二, 二十五, 一百零五, 三千二百, 一万二千,
 * 一亿二千万. Reading stops before a token that cannot continue the
 * number, so 三四十 reads 三 and 十九届 reads 十九. */
static gsize
parse_cn_grammar (const char *s,
                  gsize       length,
                  double     *value)
{
  double   total = 0.0;         /* complete 亿 and 万 groups */
  double   section = 0.0;       /* below 万 */
  int      number = -1;         /* pending digit, -1 if none */
  int      last_multiplier = 0; /* within the section, to reject 三百二千 */
  gboolean prev_digit = FALSE;
  gboolean seen_wan = FALSE;
  gsize    i = 0;
  gsize    accepted = 0;
  gsize    before_digit = 0; /* accepted before the pending digit */

  for (;;)
    {
      int token = cn_at (s, i, length);

      if (token == FAZHI_CN_NONE)
        break;

      if (token == FAZHI_CN_LIANG)
        token = 2;
      if (!prev_digit)
        before_digit = accepted;

      if (token == 0)
        {
          /* 零 only fills a gap (一百零五); it never ends a number. */
          if (prev_digit)
            break;
          i += 3;
          continue;
        }
      else if (cn_is_digit (token))
        {
          if (prev_digit)
            break;
          number = token;
          prev_digit = TRUE;
        }
      else if (token == FAZHI_CN_TEN || token == FAZHI_CN_HUNDRED || token == FAZHI_CN_THOUSAND)
        {
          int multiplier = token == FAZHI_CN_TEN ? 10 : (token == FAZHI_CN_HUNDRED ? 100 : 1000);
          int n = number;

          /* 三百二千: the 二 cannot belong to the number either. */
          if (last_multiplier != 0 && multiplier >= last_multiplier)
            {
              if (prev_digit)
                {
                  accepted = before_digit;
                  number = -1;
                }
              break;
            }
          if (n < 0)
            {
              /* 十 alone is ten; 百 and 千 need a digit (百姓, 千方百计). */
              if (multiplier != 10 || section != 0.0)
                break;
              n = 1;
            }
          section += (double) n * multiplier;
          number = -1;
          last_multiplier = multiplier;
          prev_digit = FALSE;
        }
      else if (token == FAZHI_CN_TEN_THOUSAND)
        {
          double group = section + MAX (number, 0);

          if (group == 0.0 || seen_wan)
            break;
          total += group * 1e4;
          section = 0.0;
          number = -1;
          last_multiplier = 0;
          prev_digit = FALSE;
          seen_wan = TRUE;
        }
      else /* 亿 */
        {
          double group = total + section + MAX (number, 0);

          if (group == 0.0)
            break;
          total = group * 1e8;
          section = 0.0;
          number = -1;
          last_multiplier = 0;
          prev_digit = FALSE;
          seen_wan = FALSE;
        }

      i += 3;
      accepted = i;
    }

  if (accepted == 0)
    return 0;

  *value = total + section + MAX (number, 0);
  return accepted;
}

gboolean
_fazhi_parse_number (const char *s,
                     gsize       length,
                     gsize      *consumed,
                     double     *value,
                     gboolean   *is_chinese)
{
  double   v = 0.0;
  gsize    n;
  gboolean chinese = FALSE;

  g_return_val_if_fail (s != NULL || length == 0, FALSE);

  if (length == 0)
    return FALSE;

  if (is_digit (s[0]))
    n = parse_ascii (s, length, &v);
  else
    {
      chinese = TRUE;
      n = parse_cn_digit_string (s, length, &v);
      if (n == 0)
        n = parse_cn_grammar (s, length, &v);
      if (n == 0)
        return FALSE;
    }

  if (consumed != NULL)
    *consumed = n;
  if (value != NULL)
    *value = v;
  if (is_chinese != NULL)
    *is_chinese = chinese;
  return TRUE;
}

static inline gboolean
has_prefix (const char *s,
            gsize       length,
            gsize       i,
            const char *prefix,
            gsize       prefix_length)
{
  return i + prefix_length <= length && memcmp (s + i, prefix, prefix_length) == 0;
}

#define HAS(lit) has_prefix (s, length, i, lit, sizeof (lit) - 1)

/* 1 or 2 ASCII digits not followed by a third. */
static gboolean
read_small_ascii (const char *s,
                  gsize       length,
                  gsize      *i,
                  int        *out)
{
  gsize j = *i;
  int   v = 0;

  while (j < length && g_ascii_isdigit (s[j]) && j - *i < 3)
    v = v * 10 + (s[j++] - '0');
  if (j == *i || j - *i > 2)
    return FALSE;
  *out = v;
  *i = j;
  return TRUE;
}

/* A month or a day: ASCII or a Chinese numeral (一, 十二, 二十八). */
static gboolean
read_small_any (const char *s,
                gsize       length,
                gsize      *i,
                int        *out)
{
  gsize    n = 0;
  double   v = 0.0;
  gboolean chinese = FALSE;

  if (*i < length && g_ascii_isdigit (s[*i]))
    return read_small_ascii (s, length, i, out);
  if (!_fazhi_parse_number (s + *i, length - *i, &n, &v, &chinese) || v < 1 || v > 31)
    return FALSE;
  *out = (int) v;
  *i += n;
  return TRUE;
}

static GDate *
make_date (int year,
           int month,
           int day)
{
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > 31 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return NULL;
  return g_date_new_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

GDate *
_fazhi_parse_date (const char *s,
                   gsize       length,
                   gsize      *consumed)
{
  gsize  i = 0;
  int    year = 0;
  int    month = 0;
  int    day = 0;
  GDate *date;

  g_return_val_if_fail (s != NULL || length == 0, NULL);

  if (length >= 4 && g_ascii_isdigit (s[0]))
    {
      while (i < 4 && i < length && g_ascii_isdigit (s[i]))
        year = year * 10 + (s[i++] - '0');
      if (i != 4 || (i < length && g_ascii_isdigit (s[i])))
        return NULL;

      if (HAS ("年"))
        {
          i += 3;
          if (!read_small_any (s, length, &i, &month) || !HAS ("月"))
            return NULL;
          i += 3;
          if (!read_small_any (s, length, &i, &day) || !(HAS ("日") || HAS ("号")))
            return NULL;
          i += 3;
        }
      else if (i < length && (s[i] == '-' || s[i] == '.' || s[i] == '/'))
        {
          char separator = s[i++];

          if (!read_small_ascii (s, length, &i, &month) || i >= length || s[i] != separator)
            return NULL;
          i++;
          if (!read_small_ascii (s, length, &i, &day))
            return NULL;
        }
      else
        return NULL;
    }
  else
    {
      /* 二〇二一年: the year is read digit by digit. */
      guint n = 0;

      while (n < 4)
        {
          int token = cn_at (s, i, length);

          if (!cn_is_digit (token))
            return NULL;
          year = year * 10 + token;
          i += 3;
          n++;
        }
      if (!HAS ("年"))
        return NULL;
      i += 3;
      if (!read_small_any (s, length, &i, &month) || !HAS ("月"))
        return NULL;
      i += 3;
      if (!read_small_any (s, length, &i, &day) || !(HAS ("日") || HAS ("号")))
        return NULL;
      i += 3;
    }

  date = make_date (year, month, day);
  if (date != NULL && consumed != NULL)
    *consumed = i;
  return date;
}

#undef HAS

/* The year a title names as the year reported on: the one written
 * "2020年度", else the first "20xx年". */
int
_fazhi_find_report_year (const char *s,
                         gsize       length)
{
  int first = 0;

  for (gsize i = 0; i + 4 < length; i++)
    {
      if ((s[i] == '1' || s[i] == '2') && g_ascii_isdigit (s[i + 1]) && g_ascii_isdigit (s[i + 2]) &&
          g_ascii_isdigit (s[i + 3]) && (i == 0 || !g_ascii_isdigit (s[i - 1])) &&
          (length - i - 4 >= 3 && memcmp (s + i + 4, "年", 3) == 0))
        {
          int year = (s[i] - '0') * 1000 + (s[i + 1] - '0') * 100 + (s[i + 2] - '0') * 10 + (s[i + 3] - '0');

          if (year < 1990 || year > 2100)
            continue;
          if ((length - i - 4 >= 6 && memcmp (s + i + 4, "年度", 6) == 0))
            return year;
          if (first == 0)
            first = year;
        }
    }
  return first;
}
