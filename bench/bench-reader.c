/* bench-reader.c: how fast the reader is, and what its design buys
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * One run measures, on a generated corpus (corpus.c):
 *   - single-core throughput of fazhi_reader_read_bytes(), in memory;
 *   - the same on two threads sharing one reader: what the machine gives
 *     this work, against which the batch's scaling is judged;
 *   - the latency of one ~15 KB report;
 *   - a naive reader written the obvious way (GRegex, g_strsplit,
 *     g_utf8_normalize, strstr over every catalog keyword), in the same
 *     run, so that the speed-up is measured rather than remembered;
 *   - FazhiBatch over files with 1, 2 and all workers, and its memory,
 *     each batch in a child process of its own so that one run's memory
 *     does not hide in another's figure;
 * and prints the project's targets next to the figures. A miss is
 * reported, not fatal: this is a measurement. A read that fails, or a
 * report without sections, is fatal: then nothing was measured.
 *
 * The machine is shared. Each figure is the best of a few trials, and
 * each trial notes how much CPU it got and how much other processes took
 * meanwhile (from /proc/stat); figures taken while others were busy are
 * marked, so that nobody optimises against noise.
 *
 *   bench-reader                          everything (meson test --benchmark)
 *   bench-reader --profile=SECONDS        only the read loop (on --threads=N, default 1), for perf record
 *   bench-reader --profile-naive=SECONDS  the same for the naive reader
 *   bench-reader --write-corpus=DIR       write the corpus out (--files=N reports)
 */

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include <fazhi.h>

#include "corpus.h"

#define CORPUS_SEED       G_GUINT64_CONSTANT (0x66617a6869) /* "fazhi" */
#define N_REPORTS         2000
#define N_REPORTS_LARGE   6000
#define LATENCY_SIZE      (15 * 1024)
#define MIN_SECONDS       1.0
#define MIN_LATENCY_READS 1000

#define FAZHI_TRIALS   3
#define NAIVE_TRIALS   2
#define THREAD_TRIALS  2
#define LATENCY_TRIALS 3
#define BATCH_TRIALS   3

/* The project's targets (2-core machine). */
#define TARGET_PARSE_MB_S 150.0
/* Checking adds at most the time of parsing again. */
#define TARGET_CHECK_MB_S       75.0
#define TARGET_CHECK_OVER_PARSE 1.0
#define TARGET_LATENCY_US       1000.0
#define TARGET_RSS_MB           64.0
#define TARGET_SPEEDUP          1.8 /* "close to 2×" */
#define TARGET_RSS_GROWTH_MB    1.0 /* flat: 4,000 more files (56 MB of reports) add < 1 MB */

/* A trial is disturbed when it got less than this share of the CPU it
 * asked for, or other processes took more than this share of the machine. */
#define MIN_CPU_SHARE 0.9
#define MAX_OTHERS    0.1

static gint n_failures; /* atomic: threads report too */

static void
fail (const char *format,
      ...) G_GNUC_PRINTF (1, 2);

static void
fail (const char *format,
      ...)
{
  va_list args;

  va_start (args, format);
  fputs ("bench-reader: FAILED: ", stderr);
  vfprintf (stderr, format, args);
  fputc ('\n', stderr);
  va_end (args);
  g_atomic_int_inc (&n_failures);
}

static void
progress (const char *format,
          ...) G_GNUC_PRINTF (1, 2);

static void
progress (const char *format,
          ...)
{
  va_list args;

  va_start (args, format);
  fputs ("# ", stderr);
  vfprintf (stderr, format, args);
  fputc ('\n', stderr);
  va_end (args);
}

/* ------------------------------------------------------------------ */
/* Clocks, and what the rest of the machine was doing                  */
/* ------------------------------------------------------------------ */

static double
now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static double
thread_cpu (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static double
rusage_seconds (int who)
{
  struct rusage usage;

  getrusage (who, &usage);
  return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec * 1e-6 +
         usage.ru_stime.tv_sec + usage.ru_stime.tv_usec * 1e-6;
}

/* Brackets a measurement: how much of the machine other processes used
 * meanwhile. Ours is this process and the children it has waited for. */
typedef struct
{
  guint64 busy;
  guint64 total;
  double  own;
} Probe;

static void
machine_ticks (guint64 *busy,
               guint64 *total)
{
  g_autofree char *stat = NULL;
  guint64          v[8] = { 0 };

  *busy = *total = 0;
  if (!g_file_get_contents ("/proc/stat", &stat, NULL, NULL) ||
      sscanf (stat,
              "cpu %" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT
              " %" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT,
              &v[0], &v[1], &v[2], &v[3], &v[4], &v[5], &v[6], &v[7]) != 8)
    return;
  /* user nice system idle iowait irq softirq steal: all but idle and
   * iowait is someone's; steal is the hypervisor's other guests'. */
  *busy = v[0] + v[1] + v[2] + v[5] + v[6] + v[7];
  *total = *busy + v[3] + v[4];
}

static void
probe_begin (Probe *probe)
{
  machine_ticks (&probe->busy, &probe->total);
  probe->own = rusage_seconds (RUSAGE_SELF) + rusage_seconds (RUSAGE_CHILDREN);
}

/* The share of the whole machine (all processors) that other processes
 * used since probe_begin(). */
static double
probe_others (const Probe *probe)
{
  guint64 busy, total;
  double  own = rusage_seconds (RUSAGE_SELF) + rusage_seconds (RUSAGE_CHILDREN) - probe->own;
  double  others;

  machine_ticks (&busy, &total);
  if (total <= probe->total)
    return 0;
  others = (busy - probe->busy) - own * sysconf (_SC_CLK_TCK);
  return CLAMP (others / (total - probe->total), 0.0, 1.0);
}

/* How clean a trial was. */
typedef struct
{
  double cpu_share; /* CPU time / (wall time × threads asked for) */
  double others;    /* share of the machine other processes used */
} Noise;

static gboolean
noise_disturbed (const Noise *noise)
{
  return noise->cpu_share < MIN_CPU_SHARE || noise->others > MAX_OTHERS;
}

static char *
noise_to_string (const Noise *noise)
{
  return g_strdup_printf ("cpu_share=%.3f others=%.3f", noise->cpu_share, noise->others);
}

/* A fixed compute loop timed before every trial. CPU accounting cannot
 * see a host that runs this VM's processors slower for a while (other
 * guests, frequency limits); the loop can. */
#define SPEED_SPREAD_WARN 0.15
static double           speed_fastest = G_MAXDOUBLE;
static double           speed_slowest;
static volatile guint64 speed_sink; /* keeps the loop from being optimised away */

static void
speed_check (void)
{
  guint64 x = G_GUINT64_CONSTANT (88172645463325252);
  double  t0 = now (), seconds;

  for (guint i = 0; i < 5000000; i++)
    {
      x ^= x << 13;
      x ^= x >> 7;
      x ^= x << 17;
    }
  speed_sink = x;
  seconds = now () - t0;
  speed_fastest = MIN (speed_fastest, seconds);
  speed_slowest = MAX (speed_slowest, seconds);
}

/* ------------------------------------------------------------------ */
/* The corpus                                                          */
/* ------------------------------------------------------------------ */

typedef struct
{
  GPtrArray *reports; /* CorpusReport */
  guint64    bytes;
} Corpus;

static void
corpus_init (Corpus *corpus,
             guint   n)
{
  corpus->reports = g_ptr_array_new_with_free_func ((GDestroyNotify) corpus_report_free);
  corpus->bytes = 0;
  for (guint i = 0; i < n; i++)
    {
      CorpusReport *report = corpus_report_generate (CORPUS_SEED, i);

      corpus->bytes += g_bytes_get_size (report->bytes);
      g_ptr_array_add (corpus->reports, report);
    }
}

static CorpusReport *
corpus_get (Corpus *corpus,
            guint   i)
{
  return g_ptr_array_index (corpus->reports, i);
}

static int
compare_gsize (gconstpointer a,
               gconstpointer b)
{
  gsize x = *(const gsize *) a, y = *(const gsize *) b;

  return x < y ? -1 : x > y;
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static char *
path_for (const char *dir,
          guint       i)
{
  char name[32];

  g_snprintf (name, sizeof name, "report-%05u.txt", i);
  return g_build_filename (dir, name, NULL);
}

static gboolean
write_report (const char   *dir,
              guint         i,
              CorpusReport *report,
              GError      **error)
{
  g_autofree char *path = path_for (dir, i);
  gsize            size;
  const char      *data = g_bytes_get_data (report->bytes, &size);

  return g_file_set_contents (path, data, size, error);
}

static void
remove_dir (const char *dir)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  const char      *name;

  if (d == NULL)
    return;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

/* ------------------------------------------------------------------ */
/* libfazhi                                                            */
/* ------------------------------------------------------------------ */

typedef struct
{
  guint64 reports;
  guint64 sections;
  guint64 figures;
  guint64 targets;
  guint64 duties;
  guint64 areas_expected;
  guint64 areas_matched;
  guint64 frameworks_matched;
  guint64 years_matched;
  guint64 not_reports;
} Sanity;

/* One untimed pass that checks every report and compares what was read
 * with what the generator wrote. */
static void
check_corpus (FazhiReader *reader,
              Corpus      *corpus,
              Sanity      *sanity)
{
  memset (sanity, 0, sizeof *sanity);

  for (guint i = 0; i < corpus->reports->len; i++)
    {
      CorpusReport           *source = corpus_get (corpus, i);
      g_autoptr (GError)      error = NULL;
      g_autoptr (FazhiReport) report = fazhi_reader_read_bytes (reader, source->bytes, "corpus", &error);
      g_auto (GStrv)          areas = NULL;
      guint                   n_sections;

      if (report == NULL)
        {
          fail ("report %u: %s", i, error->message);
          continue;
        }
      n_sections = g_list_model_get_n_items (fazhi_report_get_sections (report));
      if (n_sections == 0)
        fail ("report %u: no sections", i);

      sanity->reports++;
      sanity->sections += n_sections;
      sanity->figures += g_list_model_get_n_items (fazhi_report_get_figures (report));
      sanity->targets += g_list_model_get_n_items (fazhi_report_get_targets (report));
      sanity->duties += g_list_model_get_n_items (fazhi_report_get_duties (report));
      sanity->not_reports += !fazhi_report_get_is_report (report);
      sanity->years_matched += fazhi_report_get_year (report) == source->year;
      sanity->frameworks_matched += g_strcmp0 (fazhi_report_get_framework (report), source->framework) == 0;

      areas = fazhi_report_dup_areas (report);
      sanity->areas_expected += source->areas->len;
      for (guint a = 0; a < source->areas->len && areas != NULL && areas[a] != NULL; a++)
        sanity->areas_matched += g_strcmp0 (areas[a], g_ptr_array_index (source->areas, a)) == 0;
    }
}

/* Size classes, to show whether any stage grows faster than the text. */
#define N_BUCKETS 3
static const gsize        bucket_limits[N_BUCKETS] = { 8 * 1024, 16 * 1024, G_MAXSIZE };
static const char * const bucket_names[N_BUCKETS] = { "< 8 KB", "8–16 KB", "≥ 16 KB" };

typedef struct
{
  guint64 reports;
  guint64 bytes;
  double  seconds;
} Bucket;

typedef struct
{
  guint64 reports;
  guint64 bytes;
  double  seconds;
  Noise   noise;
  Bucket  buckets[N_BUCKETS]; /* libfazhi single core only */
} Throughput;

static guint
bucket_of (gsize size)
{
  guint b = 0;

  while (size >= bucket_limits[b])
    b++;
  return b;
}

static double
mb (guint64 bytes)
{
  return bytes / 1e6;
}

static double
mb_per_s (const Throughput *t)
{
  return mb (t->bytes) / t->seconds;
}

static double
reports_per_s (const Throughput *t)
{
  return t->reports / t->seconds;
}

/* Keeps the faster of two trials: on a shared machine the fastest is the
 * least disturbed estimate of what the code can do. */
static void
keep_best (Throughput       *best,
           const Throughput *trial)
{
  if (best->seconds == 0 || reports_per_s (trial) > reports_per_s (best))
    *best = *trial;
}

/* Reads the whole in-memory corpus, over and over, for at least
 * @min_seconds; the reports are dropped at once, as a streaming caller
 * would. Safe to run on several threads at once. */
static void
measure_fazhi (FazhiReader  *reader,
               FazhiChecker *checker,
               Corpus       *corpus,
               double        min_seconds,
               Throughput   *result)
{
  double start = now ();
  double cpu_start = thread_cpu ();

  memset (result, 0, sizeof *result);
  do
    {
      for (guint i = 0; i < corpus->reports->len; i++)
        {
          CorpusReport      *source = corpus_get (corpus, i);
          gsize              size = g_bytes_get_size (source->bytes);
          Bucket            *bucket = &result->buckets[bucket_of (size)];
          g_autoptr (GError) error = NULL;
          double             t0 = now ();
          FazhiReport       *report = fazhi_reader_read_bytes (reader, source->bytes, "corpus", &error);

          if (report == NULL)
            {
              fail ("report %u: %s", i, error->message);
              continue;
            }
          /* Parse + check: what a reviewer's tool does for each report. */
          if (checker != NULL)
            g_object_unref (fazhi_checker_check (checker, report, NULL));
          g_object_unref (report);
          bucket->seconds += now () - t0;
          bucket->bytes += size;
          bucket->reports++;
          result->bytes += size;
          result->reports++;
        }
      result->seconds = now () - start;
    }
  while (result->seconds < min_seconds);
  result->noise.cpu_share = (thread_cpu () - cpu_start) / result->seconds;
}

/* One trial, kept in @best if it is the fastest so far. */
static void
fazhi_trial (FazhiReader  *reader,
             FazhiChecker *checker,
             Corpus       *corpus,
             Throughput   *best)
{
  Throughput trial;
  Probe      probe;

  speed_check ();
  probe_begin (&probe);
  measure_fazhi (reader, checker, corpus, MIN_SECONDS, &trial);
  trial.noise.others = probe_others (&probe);
  keep_best (best, &trial);
}

typedef struct
{
  FazhiReader *reader;
  Corpus      *corpus;
  double       seconds;
  Throughput   result;
} ThreadJob;

/* The single-core loop on several threads sharing one reader, as the
 * batch's workers do, but with no files, no window and no coordinator.
 * The rate is the sum of the threads' rates. */
static gpointer
measure_thread (gpointer data)
{
  ThreadJob *job = data;

  measure_fazhi (job->reader, NULL, job->corpus, job->seconds, &job->result);
  return NULL;
}

static void
threads_trial (FazhiReader *reader,
               Corpus      *corpus,
               guint        n_threads,
               Throughput  *best)
{
  g_autofree ThreadJob *jobs = g_new0 (ThreadJob, n_threads);
  g_autofree GThread  **threads = g_new0 (GThread *, n_threads);
  Throughput            trial = { 0 };
  double                cpu = 0, wall = 0, rate = 0, bytes_rate = 0;
  Probe                 probe;

  speed_check ();
  probe_begin (&probe);
  for (guint i = 0; i < n_threads; i++)
    {
      jobs[i].reader = reader;
      jobs[i].corpus = corpus;
      jobs[i].seconds = MIN_SECONDS;
      threads[i] = g_thread_new ("bench-reader", measure_thread, &jobs[i]);
    }
  for (guint i = 0; i < n_threads; i++)
    {
      g_thread_join (threads[i]);
      rate += reports_per_s (&jobs[i].result);
      bytes_rate += jobs[i].result.bytes / jobs[i].result.seconds;
      cpu += jobs[i].result.noise.cpu_share * jobs[i].result.seconds;
      wall += jobs[i].result.seconds;
    }
  /* Expressed as one second's worth of the summed rates. */
  trial.seconds = 1.0;
  trial.reports = (guint64) rate;
  trial.bytes = (guint64) bytes_rate;
  trial.noise.cpu_share = cpu / wall;
  trial.noise.others = probe_others (&probe);
  keep_best (best, &trial);
}

typedef struct
{
  gsize  bytes;
  guint  reads;
  double median_us;
  double p99_us;
  double min_us;
  double mean_us;
  Noise  noise;
} Latency;

static void
measure_latency (FazhiReader  *reader,
                 CorpusReport *source,
                 Latency      *result)
{
  g_autoptr (GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
  double             start, cpu_start, total = 0;
  Probe              probe;

  /* Warm the caches with the very report, as a server would be. */
  for (guint i = 0; i < 50; i++)
    g_object_unref (fazhi_reader_read_bytes (reader, source->bytes, "latency", NULL));

  probe_begin (&probe);
  start = now ();
  cpu_start = thread_cpu ();
  while (samples->len < MIN_LATENCY_READS || (now () - start < 0.5 && samples->len < 100000))
    {
      g_autoptr (GError) error = NULL;
      double             t0 = now ();
      FazhiReport       *report = fazhi_reader_read_bytes (reader, source->bytes, "latency", &error);
      double             us = (now () - t0) * 1e6;

      if (report == NULL)
        {
          fail ("latency report: %s", error->message);
          return;
        }
      g_object_unref (report);
      g_array_append_val (samples, us);
      total += us;
    }
  result->noise.cpu_share = (thread_cpu () - cpu_start) / (now () - start);
  result->noise.others = probe_others (&probe);

  g_array_sort (samples, compare_double);
  result->bytes = g_bytes_get_size (source->bytes);
  result->reads = samples->len;
  result->median_us = g_array_index (samples, double, samples->len / 2);
  result->p99_us = g_array_index (samples, double, (guint) (samples->len * 0.99));
  result->min_us = g_array_index (samples, double, 0);
  result->mean_us = total / samples->len;
}

/* The trial with the lowest median, with its own tail. */
static void
measure_latency_trials (FazhiReader  *reader,
                        CorpusReport *source,
                        guint         n_trials,
                        Latency      *best)
{
  memset (best, 0, sizeof *best);
  for (guint t = 0; t < n_trials; t++)
    {
      Latency trial = { 0 };

      speed_check ();
      measure_latency (reader, source, &trial);
      if (best->reads == 0 || trial.median_us < best->median_us)
        *best = trial;
    }
}

/* ------------------------------------------------------------------ */
/* The naive reader                                                    */
/* ------------------------------------------------------------------ */

/* The same job written the obvious way: decode, split into lines,
 * NFKC-normalise each line, match headings and figures with GRegex line
 * by line, and classify each section by strstr of every keyword of the
 * catalogs (loaded through the public catalog API). It produces counts
 * so that none of it can be optimised away. */

typedef struct
{
  char *first;
  char *second; /* after a "…" gap, or NULL */
  gsize weight;
} NaiveKeyword;

typedef struct
{
  const char *slug;
  GArray     *keywords; /* NaiveKeyword */
} NaiveEntry;

typedef struct
{
  GRegex    *heading;
  GRegex    *figure;
  GRegex    *rank;
  GRegex    *page_number;
  GRegex    *target;
  GPtrArray *outlines[2]; /* NaiveEntry */
  GPtrArray *parts;
  GPtrArray *duties;
} Naive;

typedef struct
{
  guint64 reports;
  guint64 bytes;
  guint64 headings;
  guint64 sections_with_area;
  guint64 figures;
  double  figure_sum;
  guint64 duties;
  guint64 targets;
} NaiveCounts;

static void
naive_keyword_clear (gpointer data)
{
  NaiveKeyword *keyword = data;

  g_free (keyword->first);
  g_free (keyword->second);
}

static void
naive_entry_free (gpointer data)
{
  NaiveEntry *entry = data;

  g_array_unref (entry->keywords);
  g_free (entry);
}

static GPtrArray *
naive_load_catalog (const char *id)
{
  FazhiCatalog *catalog = fazhi_catalog_get_builtin (id);
  GPtrArray    *entries = g_ptr_array_new_with_free_func (naive_entry_free);

  g_assert (catalog != NULL);
  for (guint i = 0; i < fazhi_catalog_get_n_entries (catalog); i++)
    {
      FazhiCatalogEntry  *entry = fazhi_catalog_get_entry (catalog, i);
      const char * const *keywords = fazhi_catalog_entry_get_keywords (entry);
      NaiveEntry         *naive = g_new0 (NaiveEntry, 1);

      naive->slug = g_intern_string (fazhi_catalog_entry_get_slug (entry));
      naive->keywords = g_array_new (FALSE, TRUE, sizeof (NaiveKeyword));
      g_array_set_clear_func (naive->keywords, naive_keyword_clear);
      for (guint k = 0; keywords != NULL && keywords[k] != NULL; k++)
        {
          NaiveKeyword keyword = { 0 };
          const char  *gap = strstr (keywords[k], "…");

          if (gap != NULL)
            {
              keyword.first = g_strndup (keywords[k], gap - keywords[k]);
              keyword.second = g_strdup (gap + strlen ("…"));
            }
          else
            keyword.first = g_strdup (keywords[k]);
          keyword.weight = strlen (keywords[k]);
          g_array_append_val (naive->keywords, keyword);
        }
      g_ptr_array_add (entries, naive);
    }
  return entries;
}

static GRegex *
naive_regex (const char *pattern)
{
  g_autoptr (GError) error = NULL;
  GRegex            *regex = g_regex_new (pattern, G_REGEX_OPTIMIZE, 0, &error);

  g_assert_no_error (error);
  return regex;
}

static void
naive_init (Naive *naive)
{
  naive->heading = naive_regex ("^\\s*(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|"
                                "\\([一二三四五六七八九十]+\\)|\\(\\d{1,2}\\)|\\d{1,2}[.、](?!\\d))"
                                "\\s*([^。]{2,40})$");
  naive->figure = naive_regex ("([0-9]+(?:\\.[0-9]+)?)\\s*(亿元|万元|元|家|项|个|人|名|次|件|场次|%|平方米)");
  naive->rank = naive_regex ("全[省市县区]第[一二三四五六七八九十]+");
  naive->page_number = naive_regex ("^\\s*(?:[-—–]\\s*\\d{1,4}\\s*[-—–]|第\\s*\\d{1,4}\\s*页)\\s*$");
  naive->target = naive_regex ("每(?:年|季度|月|半年)|(?:\\d{1,2}月底|年底|年内)前|由\\S{2,8}?(?:负责|牵头)");
  naive->outlines[0] = naive_load_catalog ("outline-2015");
  naive->outlines[1] = naive_load_catalog ("outline-2021");
  naive->parts = naive_load_catalog ("parts");
  naive->duties = naive_load_catalog ("duties-2016");
}

static void
naive_clear (Naive *naive)
{
  g_regex_unref (naive->heading);
  g_regex_unref (naive->figure);
  g_regex_unref (naive->rank);
  g_regex_unref (naive->page_number);
  g_regex_unref (naive->target);
  g_ptr_array_unref (naive->outlines[0]);
  g_ptr_array_unref (naive->outlines[1]);
  g_ptr_array_unref (naive->parts);
  g_ptr_array_unref (naive->duties);
}

static gboolean
naive_keyword_in (const NaiveKeyword *keyword,
                  const char         *text)
{
  const char *hit = strstr (text, keyword->first);

  if (hit == NULL)
    return FALSE;
  return keyword->second == NULL || strstr (hit + strlen (keyword->first), keyword->second) != NULL;
}

/* The entry with the most keyword weight in @text, or NULL. */
static const char *
naive_classify (GPtrArray  *entries,
                const char *text,
                gsize      *best_score)
{
  const char *best = NULL;

  *best_score = 0;
  for (guint e = 0; e < entries->len; e++)
    {
      NaiveEntry *entry = g_ptr_array_index (entries, e);
      gsize       score = 0;

      for (guint k = 0; k < entry->keywords->len; k++)
        {
          NaiveKeyword *keyword = &g_array_index (entry->keywords, NaiveKeyword, k);

          if (naive_keyword_in (keyword, text))
            score += keyword->weight;
        }
      if (score > *best_score)
        {
          *best_score = score;
          best = entry->slug;
        }
    }
  return best;
}

static void
naive_end_section (Naive       *naive,
                   GString     *section,
                   const char  *part,
                   guint        level,
                   guint       *duty_mask,
                   NaiveCounts *counts)
{
  if (section->len == 0)
    return;

  if (level == 2 && g_strcmp0 (part, "measures") == 0)
    {
      gsize       score_2015, score_2021;
      const char *a = naive_classify (naive->outlines[0], section->str, &score_2015);
      const char *b = naive_classify (naive->outlines[1], section->str, &score_2021);

      counts->sections_with_area += (a != NULL || b != NULL);
    }

  for (guint e = 0; e < naive->duties->len; e++)
    {
      NaiveEntry *entry = g_ptr_array_index (naive->duties, e);

      for (guint k = 0; k < entry->keywords->len; k++)
        if (naive_keyword_in (&g_array_index (entry->keywords, NaiveKeyword, k), section->str))
          {
            *duty_mask |= 1u << e;
            break;
          }
    }
  g_string_truncate (section, 0);
}

static gboolean
naive_read (Naive       *naive,
            GBytes      *bytes,
            NaiveCounts *counts)
{
  gsize               length;
  const char         *data = g_bytes_get_data (bytes, &length);
  g_autofree char    *text = NULL;
  g_auto (GStrv)      lines = NULL;
  g_autoptr (GString) section = g_string_new (NULL);
  const char         *part = NULL;
  guint               level = 0;
  guint               duty_mask = 0;

  /* Decode */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    data += 3, length -= 3;
  if (g_utf8_validate (data, length, NULL))
    text = g_strndup (data, length);
  else if (length >= 2 && ((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE))
    text = g_convert (data + 2, length - 2, "UTF-8", "UTF-16LE", NULL, NULL, NULL);
  else
    text = g_convert (data, length, "UTF-8", "GB18030", NULL, NULL, NULL);
  if (text == NULL)
    return FALSE;

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char       *norm = NULL;
      g_autoptr (GMatchInfo) match = NULL;

      g_strstrip (lines[i]); /* also drops the \r of CRLF */
      if (lines[i][0] == '\0')
        continue;
      norm = g_utf8_normalize (lines[i], -1, G_NORMALIZE_NFKC);
      if (norm == NULL)
        continue;
      if (g_regex_match (naive->page_number, norm, 0, NULL))
        continue;

      if (g_regex_match (naive->heading, norm, 0, &match))
        {
          g_autofree char *marker = g_match_info_fetch (match, 1);
          g_autofree char *title = g_match_info_fetch (match, 2);

          naive_end_section (naive, section, part, level, &duty_mask, counts);
          counts->headings++;
          if (g_str_has_suffix (marker, "、") && !g_ascii_isdigit (marker[0]))
            {
              gsize       score;
              const char *p = naive_classify (naive->parts, title, &score);

              level = 1;
              part = p;
            }
          else
            level = marker[0] == '(' && !g_ascii_isdigit (marker[1]) ? 2 : 3;
          g_string_append (section, title);
          g_string_append_c (section, '\n');
        }
      else
        {
          g_string_append (section, norm);
          g_string_append_c (section, '\n');
        }
      g_clear_pointer (&match, g_match_info_free);

      g_regex_match (naive->figure, norm, 0, &match);
      while (g_match_info_matches (match))
        {
          g_autofree char *value = g_match_info_fetch (match, 1);

          counts->figures++;
          counts->figure_sum += g_ascii_strtod (value, NULL);
          g_match_info_next (match, NULL);
        }
      g_clear_pointer (&match, g_match_info_free);

      g_regex_match (naive->rank, norm, 0, &match);
      while (g_match_info_matches (match))
        {
          counts->figures++;
          g_match_info_next (match, NULL);
        }
      g_clear_pointer (&match, g_match_info_free);

      if (g_strcmp0 (part, "plans") == 0)
        {
          g_regex_match (naive->target, norm, 0, &match);
          while (g_match_info_matches (match))
            {
              counts->targets++;
              g_match_info_next (match, NULL);
            }
        }
    }
  naive_end_section (naive, section, part, level, &duty_mask, counts);

  for (; duty_mask != 0; duty_mask &= duty_mask - 1)
    counts->duties++;
  counts->reports++;
  counts->bytes += g_bytes_get_size (bytes);
  return TRUE;
}

static void
measure_naive (Naive       *naive,
               Corpus      *corpus,
               double       min_seconds,
               NaiveCounts *counts,
               Throughput  *result)
{
  double start = now ();
  double cpu_start = thread_cpu ();

  memset (counts, 0, sizeof *counts);
  memset (result, 0, sizeof *result);
  do
    {
      for (guint i = 0; i < corpus->reports->len; i++)
        if (!naive_read (naive, corpus_get (corpus, i)->bytes, counts))
          fail ("naive: report %u does not decode", i);
      result->seconds = now () - start;
    }
  while (result->seconds < min_seconds);
  result->reports = counts->reports;
  result->bytes = counts->bytes;
  result->noise.cpu_share = (thread_cpu () - cpu_start) / result->seconds;
}

static void
naive_trial (Naive       *naive,
             Corpus      *corpus,
             NaiveCounts *counts,
             Throughput  *best)
{
  Throughput trial;
  Probe      probe;

  speed_check ();
  probe_begin (&probe);
  measure_naive (naive, corpus, MIN_SECONDS, counts, &trial);
  trial.noise.others = probe_others (&probe);
  keep_best (best, &trial);
}

/* ------------------------------------------------------------------ */
/* Batches, each in a child process                                    */
/* ------------------------------------------------------------------ */

typedef struct
{
  guint reports;
  guint failed;
  guint empty;
} ChildCounts;

static void
on_child_report (FazhiBatch  *batch,
                 guint        index,
                 GFile       *file,
                 FazhiReport *report,
                 ChildCounts *counts)
{
  /* Look, do not keep: the batch must not need the caller to hold on. */
  counts->reports++;
  if (g_list_model_get_n_items (fazhi_report_get_sections (report)) == 0)
    {
      counts->empty++;
      g_printerr ("bench-reader: %s: no sections\n", g_file_peek_path (file));
    }
}

static void
on_child_failed (FazhiBatch  *batch,
                 guint        index,
                 GFile       *file,
                 GError      *error,
                 ChildCounts *counts)
{
  counts->failed++;
  g_printerr ("bench-reader: %s\n", error->message);
}

/* A "VmXXX:" figure of /proc/self/status, in kB. For the peak, VmHWM
 * rather than ru_maxrss: Linux carries ru_maxrss over from the parent
 * across fork and exec, so every child of a big parent would report the
 * parent's peak; VmHWM belongs to the address space, which exec replaces. */
static glong
proc_status_kb (const char *field)
{
  g_autofree char *status = NULL;
  g_autofree char *key = g_strdup_printf ("\n%s:", field);
  const char      *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, key);
  if (line == NULL)
    return -1;
  return strtol (line + strlen (key), NULL, 10);
}

static int
run_batch_child (const char *dir,
                 guint       n_files,
                 guint       n_workers)
{
  g_autoptr (GListStore) files = g_list_store_new (G_TYPE_FILE);
  g_autoptr (FazhiBatch) batch = fazhi_batch_new (NULL);
  g_autoptr (GError)     error = NULL;
  ChildCounts            counts = { 0 };
  double                 start, seconds, cpu;
  glong                  rss_before;

  /* The input list grows with the number of files whatever the batch
   * does (~270 bytes a file for a GFile and its path); it is built before
   * the baseline is taken, so that what follows is the batch's own
   * working memory. */
  for (guint i = 0; i < n_files; i++)
    {
      g_autofree char  *path = path_for (dir, i);
      g_autoptr (GFile) file = g_file_new_for_path (path);

      g_list_store_append (files, file);
    }
  rss_before = proc_status_kb ("VmRSS");

  fazhi_batch_set_n_workers (batch, n_workers);
  g_signal_connect (batch, "report", G_CALLBACK (on_child_report), &counts);
  g_signal_connect (batch, "failed", G_CALLBACK (on_child_failed), &counts);

  start = now ();
  cpu = rusage_seconds (RUSAGE_SELF);
  if (!fazhi_batch_run (batch, G_LIST_MODEL (files), NULL, &error))
    {
      g_printerr ("bench-reader: batch: %s\n", error->message);
      return 1;
    }
  seconds = now () - start;
  cpu = rusage_seconds (RUSAGE_SELF) - cpu;

  g_print ("reports=%u failed=%u empty=%u seconds=%.6f cpu=%.6f hwm_kb=%ld rss_before_kb=%ld\n",
           counts.reports, counts.failed, counts.empty, seconds, cpu, proc_status_kb ("VmHWM"), rss_before);
  return 0;
}

typedef struct
{
  guint      files;
  guint      workers;
  Throughput best;        /* the fastest trial */
  double     cores;       /* CPU time / wall time of that trial */
  glong      peak_rss_kb; /* VmHWM, largest over the trials */
  glong      working_kb;  /* VmHWM above the RSS before the run, largest */
} BatchResult;

static char *self_exe;

/* Runs one batch in a child process of its own; the child reports its
 * time and memory on stdout. */
static gboolean
spawn_batch (const char  *dir,
             guint        n_files,
             guint        n_workers,
             guint64      bytes,
             BatchResult *result)
{
  g_autofree char   *dir_arg = g_strdup_printf ("--batch-child=%s", dir);
  g_autofree char   *files_arg = g_strdup_printf ("--files=%u", n_files);
  g_autofree char   *workers_arg = g_strdup_printf ("--workers=%u", n_workers);
  char              *argv[] = { self_exe, dir_arg, files_arg, workers_arg, NULL };
  g_autoptr (GError) error = NULL;
  g_autofree char   *output = NULL;
  guint              reports = 0, failed = 0, empty = 0;
  guint              wanted = n_workers ? n_workers : g_get_num_processors ();
  glong              hwm = 0, before = 0;
  double             seconds = 0, cpu = 0;
  Throughput         trial = { 0 };
  Probe              probe;
  int                status;

  speed_check ();
  probe_begin (&probe);
  if (!g_spawn_sync (NULL, argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &output, NULL, &status, &error))
    {
      fail ("cannot start a batch child: %s", error->message);
      return FALSE;
    }
  trial.noise.others = probe_others (&probe);
  if (!g_spawn_check_wait_status (status, &error) ||
      sscanf (output, "reports=%u failed=%u empty=%u seconds=%lf cpu=%lf hwm_kb=%ld rss_before_kb=%ld",
              &reports, &failed, &empty, &seconds, &cpu, &hwm, &before) != 7)
    {
      fail ("batch of %u files with %u workers: %s", n_files, n_workers,
            error != NULL ? error->message : "no result");
      return FALSE;
    }
  if (failed > 0 || empty > 0 || reports != n_files || hwm <= 0 || before <= 0)
    {
      fail ("batch of %u files with %u workers: %u reports, %u failed, %u without sections",
            n_files, n_workers, reports, failed, empty);
      return FALSE;
    }

  trial.reports = reports;
  trial.bytes = bytes;
  trial.seconds = seconds;
  /* A lone worker has the coordinator beside it: with one worker the
   * child may use a little more than a core, which is not a shortfall. */
  trial.noise.cpu_share = MIN (1.0, cpu / seconds / MIN (wanted, g_get_num_processors ()));
  if (result->best.seconds == 0 || reports_per_s (&trial) > reports_per_s (&result->best))
    result->cores = cpu / seconds;
  keep_best (&result->best, &trial);
  result->files = n_files;
  result->workers = n_workers;
  result->peak_rss_kb = MAX (result->peak_rss_kb, hwm);
  result->working_kb = MAX (result->working_kb, hwm - before);
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* The report                                                          */
/* ------------------------------------------------------------------ */

typedef struct
{
  char *what;
  char *value;
  char *target;
  char *verdict;
} Row;

static GPtrArray *rows;
static GPtrArray *results;
static guint      n_disturbed;

static void
row_free (gpointer data)
{
  Row *row = data;

  g_free (row->what);
  g_free (row->value);
  g_free (row->target);
  g_free (row->verdict);
  g_free (row);
}

static void
add_title (const char *title)
{
  Row *row = g_new0 (Row, 1);

  row->what = g_strdup (title);
  g_ptr_array_add (rows, row);
}

/* A row of the table; @noise marks figures taken on a busy machine. */
static void
add_row (const char  *what,
         char        *value,
         const char  *target,
         int          pass, /* TRUE, FALSE, or -1 when there is no target */
         const Noise *noise)
{
  Row     *row = g_new0 (Row, 1);
  gboolean disturbed = noise != NULL && noise_disturbed (noise);

  row->what = g_strdup (what);
  row->value = disturbed ? g_strconcat (value, " *", NULL) : g_strdup (value);
  row->target = g_strdup (target ? target : "");
  row->verdict = g_strdup (pass < 0 ? "" : (pass ? "PASS" : "MISS"));
  n_disturbed += disturbed;
  g_ptr_array_add (rows, row);
  g_free (value);
}

static void
add_result (const char *format,
            ...) G_GNUC_PRINTF (1, 2);

static void
add_result (const char *format,
            ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (results, g_strdup_vprintf (format, args));
  va_end (args);
}

static const char *
verdict (gboolean pass)
{
  return pass ? "PASS" : "MISS";
}

/* Display width: CJK and other wide characters take two columns. */
static guint
width_of (const char *s)
{
  guint w = 0;

  for (const char *p = s; *p != '\0'; p = g_utf8_next_char (p))
    w += g_unichar_iswide (g_utf8_get_char (p)) ? 2 : 1;
  return w;
}

static void
print_cell (const char *s,
            guint       width)
{
  g_print ("%s", s);
  for (guint w = width_of (s); w < width; w++)
    g_print (" ");
}

static void
print_table (void)
{
  guint widths[3] = { strlen ("measurement"), strlen ("result"), strlen ("target") };
  guint total;

  for (guint i = 0; i < rows->len; i++)
    {
      Row *row = g_ptr_array_index (rows, i);

      if (row->value == NULL)
        continue;
      widths[0] = MAX (widths[0], width_of (row->what));
      widths[1] = MAX (widths[1], width_of (row->value));
      widths[2] = MAX (widths[2], width_of (row->target));
    }
  total = widths[0] + widths[1] + widths[2] + 6 + strlen ("verdict");

  print_cell ("measurement", widths[0] + 2);
  print_cell ("result", widths[1] + 2);
  print_cell ("target", widths[2] + 2);
  g_print ("verdict\n");
  for (guint i = 0; i < total; i++)
    g_print ("-");
  g_print ("\n");
  for (guint i = 0; i < rows->len; i++)
    {
      Row *row = g_ptr_array_index (rows, i);

      if (row->value == NULL)
        {
          g_print ("%s\n", row->what);
          continue;
        }
      print_cell (row->what, widths[0] + 2);
      print_cell (row->value, widths[1] + 2);
      print_cell (row->target, widths[2] + 2);
      g_print ("%s\n", row->verdict);
    }
}

/* "1.02 0.87 0.60": the first three fields of /proc/loadavg. */
static char *
read_loadavg (void)
{
  g_autofree char *contents = NULL;
  g_auto (GStrv)   fields = NULL;

  if (!g_file_get_contents ("/proc/loadavg", &contents, NULL, NULL))
    return g_strdup ("?");
  fields = g_strsplit (g_strstrip (contents), " ", 4);
  if (g_strv_length (fields) < 3)
    return g_strdup (contents);
  return g_strdup_printf ("%s %s %s", fields[0], fields[1], fields[2]);
}

/* ------------------------------------------------------------------ */
/* Modes                                                               */
/* ------------------------------------------------------------------ */

static int
profile (double   seconds,
         gboolean naive_reader,
         guint    n_threads)
{
  Corpus     corpus;
  Throughput t;

  corpus_init (&corpus, N_REPORTS);
  if (naive_reader)
    {
      Naive       naive;
      NaiveCounts counts;

      naive_init (&naive);
      measure_naive (&naive, &corpus, seconds, &counts, &t);
      naive_clear (&naive);
    }
  else
    {
      g_autoptr (FazhiReader) reader = fazhi_reader_new ();
      g_autofree ThreadJob   *jobs = g_new0 (ThreadJob, n_threads);
      g_autofree GThread    **threads = g_new0 (GThread *, n_threads);

      memset (&t, 0, sizeof t);
      for (guint i = 0; i < n_threads; i++)
        {
          jobs[i].reader = reader;
          jobs[i].corpus = &corpus;
          jobs[i].seconds = seconds;
          threads[i] = g_thread_new ("bench-reader", measure_thread, &jobs[i]);
        }
      for (guint i = 0; i < n_threads; i++)
        {
          g_thread_join (threads[i]);
          t.bytes += jobs[i].result.bytes;
          t.reports += jobs[i].result.reports;
          t.seconds = MAX (t.seconds, jobs[i].result.seconds);
          t.noise.cpu_share += jobs[i].result.noise.cpu_share / n_threads;
        }
    }
  g_print ("%s on %u thread%s: %.1f MB/s, %.0f reports/s over %.2f s (cpu %.0f%%)\n",
           naive_reader ? "naive" : "libfazhi", naive_reader ? 1 : n_threads, n_threads == 1 ? "" : "s",
           mb_per_s (&t), reports_per_s (&t), t.seconds, 100 * t.noise.cpu_share);
  g_ptr_array_unref (corpus.reports);
  return n_failures ? 1 : 0;
}

static int
write_corpus (const char *dir,
              guint       n)
{
  g_autoptr (GError) error = NULL;

  if (g_mkdir_with_parents (dir, 0755) < 0)
    {
      g_printerr ("bench-reader: %s: %s\n", dir, g_strerror (errno));
      return 1;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (CorpusReport) report = corpus_report_generate (CORPUS_SEED, i);

      if (!write_report (dir, i, report, &error))
        {
          g_printerr ("bench-reader: %s\n", error->message);
          return 1;
        }
    }
  g_print ("wrote %u reports to %s\n", n, dir);
  return 0;
}

static void
print_corpus (Corpus       *corpus,
              double        gen_seconds,
              const Sanity *sanity)
{
  g_autofree gsize *sizes = g_new (gsize, corpus->reports->len);
  guint             style_counts[CORPUS_N_STYLES] = { 0 };
  guint             n = corpus->reports->len;
  guint             n_2021 = 0;

  for (guint i = 0; i < n; i++)
    {
      CorpusReport *report = corpus_get (corpus, i);

      sizes[i] = g_bytes_get_size (report->bytes);
      n_2021 += strcmp (report->framework, "outline-2021") == 0;
      for (guint s = 0; s < CORPUS_N_STYLES; s++)
        style_counts[s] += (report->style & (1u << s)) != 0;
    }
  qsort (sizes, n, sizeof (gsize), compare_gsize);

  g_print ("corpus: %u generated reports (seed %#" G_GINT64_MODIFIER "x, %.2f s to generate), %.1f MB; "
           "size min %.1f KB, median %.1f KB, p90 %.1f KB, max %.1f KB\n",
           n, CORPUS_SEED, gen_seconds, mb (corpus->bytes), sizes[0] / 1024.0,
           sizes[n / 2] / 1024.0, sizes[n * 9 / 10] / 1024.0, sizes[n - 1] / 1024.0);
  g_print ("        %u on the 2015 outline (8 areas), %u on the 2021 outline (9 areas); all UTF-8; MB = 10^6 bytes\n",
           n - n_2021, n_2021);
  g_print ("        styles:");
  for (guint s = 0; s < CORPUS_N_STYLES; s++)
    g_print ("%s %s %.0f%%", s ? "," : "", corpus_style_name (1u << s), 100.0 * style_counts[s] / n);
  g_print ("\n");
  g_print ("read back: %" G_GUINT64_FORMAT " sections, %" G_GUINT64_FORMAT " figures, %" G_GUINT64_FORMAT
           " targets, %" G_GUINT64_FORMAT " duties; areas as generated %.1f%%, framework %.1f%%, year %.1f%%, "
           "not-a-report %" G_GUINT64_FORMAT "\n",
           sanity->sections, sanity->figures, sanity->targets, sanity->duties,
           100.0 * sanity->areas_matched / MAX (sanity->areas_expected, 1),
           100.0 * sanity->frameworks_matched / MAX (sanity->reports, 1),
           100.0 * sanity->years_matched / MAX (sanity->reports, 1), sanity->not_reports);
}

static CorpusReport *
closest_in_size (Corpus *corpus,
                 gsize   size)
{
  CorpusReport *best = NULL;
  gsize         best_distance = G_MAXSIZE;

  for (guint i = 0; i < corpus->reports->len; i++)
    {
      CorpusReport *report = corpus_get (corpus, i);
      gsize         length = g_bytes_get_size (report->bytes);
      gsize         distance = length > size ? length - size : size - length;

      if (distance < best_distance)
        {
          best = report;
          best_distance = distance;
        }
    }
  return best;
}

static int
run_all (void)
{
  g_autoptr (FazhiReader)  reader = NULL;
  g_autoptr (FazhiChecker) checker = fazhi_checker_new (NULL);
  g_autoptr (GError)       error = NULL;
  g_autofree char         *dir = NULL;
  g_autofree char         *loadavg = read_loadavg ();
  g_autofree guint64      *file_sizes = NULL;
  const guint              workers[3] = { 1, 2, 0 };
  guint                    n_cpu = g_get_num_processors ();
  Corpus                   corpus;
  Sanity                   sanity;
  Throughput               fazhi, checked, naive_t, threads;
  NaiveCounts              naive_counts;
  Latency                  latency;
  Naive                    naive;
  CorpusReport            *latency_report;
  FazhiReport             *first;
  BatchResult              batches[3] = { { 0 } };
  BatchResult              floor_batch = { 0 }, large = { 0 };
  guint64                  batch_bytes = 0, large_bytes = 0;
  double                   t0, gen_seconds, first_read_us, total_start = now ();

  rows = g_ptr_array_new_with_free_func (row_free);
  results = g_ptr_array_new_with_free_func (g_free);

  progress ("generating %u reports (seed %#" G_GINT64_MODIFIER "x)…", N_REPORTS, CORPUS_SEED);
  t0 = now ();
  corpus_init (&corpus, N_REPORTS);
  gen_seconds = now () - t0;
  latency_report = closest_in_size (&corpus, LATENCY_SIZE);

  /* The first read of a process compiles the catalogs into the lexicon. */
  reader = fazhi_reader_new ();
  t0 = now ();
  first = fazhi_reader_read_bytes (reader, corpus_get (&corpus, 0)->bytes, "first", NULL);
  first_read_us = (now () - t0) * 1e6;
  g_clear_object (&first);

  progress ("checking every report…");
  check_corpus (reader, &corpus, &sanity);
  if (n_failures > 0)
    goto out;

  /* Rounds of libfazhi, two threads and naive, so that a slow spell of
   * the machine falls on all three and their ratios stay fair. */
  memset (&fazhi, 0, sizeof fazhi);
  memset (&checked, 0, sizeof checked);
  memset (&threads, 0, sizeof threads);
  memset (&naive_t, 0, sizeof naive_t);
  naive_init (&naive);
  for (guint t = 0; t < MAX (FAZHI_TRIALS, MAX (THREAD_TRIALS, NAIVE_TRIALS)); t++)
    {
      progress ("round %u: libfazhi on one core, on two threads, naive…", t + 1);
      if (t < FAZHI_TRIALS)
        {
          fazhi_trial (reader, NULL, &corpus, &fazhi);
          fazhi_trial (reader, checker, &corpus, &checked);
        }
      if (t < THREAD_TRIALS)
        threads_trial (reader, &corpus, 2, &threads);
      if (t < NAIVE_TRIALS)
        naive_trial (&naive, &corpus, &naive_counts, &naive_t);
    }
  naive_clear (&naive);

  progress ("latency of one %" G_GSIZE_FORMAT "-byte report, best of %u…",
            g_bytes_get_size (latency_report->bytes), LATENCY_TRIALS);
  measure_latency_trials (reader, latency_report, LATENCY_TRIALS, &latency);

  /* Batches read files: the corpus, then 4,000 more reports from the same
   * generator for the large run, made and written one at a time. */
  dir = g_dir_make_tmp ("fazhi-bench-XXXXXX", &error);
  if (dir == NULL)
    {
      fail ("temporary directory: %s", error->message);
      goto out;
    }
  progress ("writing %u files to %s…", N_REPORTS_LARGE, dir);
  file_sizes = g_new (guint64, N_REPORTS_LARGE);
  for (guint i = 0; i < N_REPORTS_LARGE && n_failures == 0; i++)
    {
      g_autoptr (CorpusReport) extra = i < N_REPORTS ? NULL : corpus_report_generate (CORPUS_SEED, i);
      CorpusReport            *report = extra != NULL ? extra : corpus_get (&corpus, i);

      file_sizes[i] = g_bytes_get_size (report->bytes);
      if (i < N_REPORTS)
        batch_bytes += file_sizes[i];
      large_bytes += file_sizes[i];
      if (!write_report (dir, i, report, &error))
        fail ("%s", error->message);
    }
  if (n_failures > 0)
    goto out;

  /* Interleaved, so that a busy spell of the machine hits every
   * configuration alike. */
  progress ("batches of %u files, best of %u…", N_REPORTS, BATCH_TRIALS);
  for (guint r = 0; r < BATCH_TRIALS; r++)
    for (guint w = 0; w < G_N_ELEMENTS (workers); w++)
      if (!spawn_batch (dir, N_REPORTS, workers[w], batch_bytes, &batches[w]))
        goto out;

  progress ("batch memory: 1 file and %u files…", N_REPORTS_LARGE);
  if (!spawn_batch (dir, 1, 0, file_sizes[0], &floor_batch) ||
      !spawn_batch (dir, N_REPORTS_LARGE, 0, large_bytes, &large))
    goto out;

  /* ---------------------------------------------------------------- */

  g_print ("\nlibfazhi %s reader benchmark — %u processors, GLib %u.%u.%u, load average at start %s\n\n",
           FAZHI_VERSION_S, n_cpu, glib_major_version, glib_minor_version, glib_micro_version, loadavg);
  print_corpus (&corpus, gen_seconds, &sanity);
  g_print ("naive:     %" G_GUINT64_FORMAT " headings, %" G_GUINT64_FORMAT " figures, %" G_GUINT64_FORMAT
           " targets, %" G_GUINT64_FORMAT " duties, %" G_GUINT64_FORMAT " sections with an area\n\n",
           naive_counts.headings, naive_counts.figures, naive_counts.targets, naive_counts.duties,
           naive_counts.sections_with_area);

  {
    g_autofree char *fazhi_noise = noise_to_string (&fazhi.noise);
    g_autofree char *naive_noise = noise_to_string (&naive_t.noise);
    g_autofree char *threads_noise = noise_to_string (&threads.noise);
    g_autofree char *latency_noise = noise_to_string (&latency.noise);
    g_autofree char *what_latency = NULL;
    double           speedup_naive = mb_per_s (&fazhi) / mb_per_s (&naive_t);
    double           ceiling = reports_per_s (&threads) / reports_per_s (&fazhi);
    double           speedup_2v1 = reports_per_s (&batches[1].best) / reports_per_s (&batches[0].best);
    gboolean         parse_ok = mb_per_s (&fazhi) >= TARGET_PARSE_MB_S;
    gboolean         check_ok = mb_per_s (&checked) >= TARGET_CHECK_MB_S;
    /* Time a report spends in the checker, over its time in the reader. */
    double   check_over_parse = (1 / reports_per_s (&checked) - 1 / reports_per_s (&fazhi)) * reports_per_s (&fazhi);
    gboolean median_ok = latency.median_us <= TARGET_LATENCY_US;
    gboolean p99_ok = latency.p99_us <= TARGET_LATENCY_US;
    gboolean speedup_ok = speedup_2v1 >= TARGET_SPEEDUP;
    gboolean mid_ok, large_ok, flat_ok;
    double   growth;

    {
      g_autofree char *title = g_strdup_printf ("single core, in memory (best of %u; naive best of %u)",
                                                FAZHI_TRIALS, NAIVE_TRIALS);

      add_title (title);
    }
    add_row ("  libfazhi read_bytes",
             g_strdup_printf ("%.1f MB/s, %.0f reports/s", mb_per_s (&fazhi), reports_per_s (&fazhi)),
             "≥ 150 MB/s", parse_ok, &fazhi.noise);
    add_row ("  libfazhi read_bytes + fazhi_checker_check",
             g_strdup_printf ("%.1f MB/s, %.0f reports/s", mb_per_s (&checked), reports_per_s (&checked)),
             "≥ 75 MB/s", check_ok, &checked.noise);
    add_row ("  checking costs, against parsing",
             g_strdup_printf ("%.2f× the time of parsing", check_over_parse),
             "≤ 1×", check_over_parse <= TARGET_CHECK_OVER_PARSE, NULL);
    add_row ("  naive baseline (NFKC, GRegex, strstr)",
             g_strdup_printf ("%.1f MB/s, %.0f reports/s", mb_per_s (&naive_t), reports_per_s (&naive_t)),
             NULL, -1, &naive_t.noise);
    add_row ("  libfazhi vs naive", g_strdup_printf ("%.2f× faster", speedup_naive), NULL, -1, NULL);
    add_row ("  first read of a process (builds lexicon)", g_strdup_printf ("%.0f µs", first_read_us), NULL, -1, NULL);
    for (guint b = 0; b < N_BUCKETS; b++)
      {
        const Bucket    *bucket = &fazhi.buckets[b];
        g_autofree char *what = g_strdup_printf ("    reports %s (%" G_GUINT64_FORMAT " reads)", bucket_names[b],
                                                 bucket->reports);
        g_autofree char *below_kb = bucket_limits[b] == G_MAXSIZE
                                      ? g_strdup ("inf")
                                      : g_strdup_printf ("%" G_GSIZE_FORMAT, bucket_limits[b] / 1024);

        if (bucket->reports == 0)
          continue;
        add_row (what,
                 g_strdup_printf ("%.1f MB/s, %.0f µs a report",
                                  mb (bucket->bytes) / bucket->seconds,
                                  bucket->seconds / bucket->reports * 1e6),
                 NULL, -1, &fazhi.noise);
        add_result ("RESULT name=parse-1core-size bucket=%u below_kb=%s reports=%" G_GUINT64_FORMAT
                    " mb_per_s=%.2f us_per_report=%.1f",
                    b, below_kb, bucket->reports, mb (bucket->bytes) / bucket->seconds,
                    bucket->seconds / bucket->reports * 1e6);
      }
    add_row ("  2 threads, one reader (no batch: the ceiling)",
             g_strdup_printf ("%.1f MB/s, %.0f reports/s = %.2f×", mb (threads.bytes), reports_per_s (&threads), ceiling),
             NULL, -1, &threads.noise);
    add_result ("RESULT name=parse-1core mb_per_s=%.2f reports_per_s=%.1f seconds=%.3f %s target_mb_per_s=%.0f verdict=%s",
                mb_per_s (&fazhi), reports_per_s (&fazhi), fazhi.seconds, fazhi_noise, TARGET_PARSE_MB_S,
                verdict (parse_ok));
    add_result ("RESULT name=parse-check-1core mb_per_s=%.2f reports_per_s=%.1f seconds=%.3f target_mb_per_s=%.0f verdict=%s",
                mb_per_s (&checked), reports_per_s (&checked), checked.seconds, TARGET_CHECK_MB_S,
                verdict (check_ok));
    add_result ("RESULT name=check-over-parse ratio=%.3f target=%.1f verdict=%s", check_over_parse,
                TARGET_CHECK_OVER_PARSE, verdict (check_over_parse <= TARGET_CHECK_OVER_PARSE));
    add_result ("RESULT name=naive-1core mb_per_s=%.2f reports_per_s=%.1f seconds=%.3f %s speedup=%.3f",
                mb_per_s (&naive_t), reports_per_s (&naive_t), naive_t.seconds, naive_noise, speedup_naive);
    add_result ("RESULT name=first-read us=%.0f", first_read_us);
    add_result ("RESULT name=parse-2threads mb_per_s=%.2f reports_per_s=%.1f speedup=%.3f %s",
                mb (threads.bytes), reports_per_s (&threads), ceiling, threads_noise);

    {
      g_autofree char *title = g_strdup_printf ("latency, one report, warm (the trial with the best median of %u)",
                                                LATENCY_TRIALS);

      add_title (title);
    }
    what_latency = g_strdup_printf ("  %.1f KB report, median of %u", latency.bytes / 1024.0, latency.reads);
    add_row (what_latency, g_strdup_printf ("%.0f µs", latency.median_us), "≤ 1000 µs", median_ok, &latency.noise);
    add_row ("  p99", g_strdup_printf ("%.0f µs (min %.0f, mean %.0f)", latency.p99_us, latency.min_us, latency.mean_us),
             "≤ 1000 µs", p99_ok, &latency.noise);
    add_result ("RESULT name=latency-15k bytes=%" G_GSIZE_FORMAT " reads=%u median_us=%.1f p99_us=%.1f min_us=%.1f"
                " mean_us=%.1f %s target_us=%.0f verdict=%s",
                latency.bytes, latency.reads, latency.median_us, latency.p99_us, latency.min_us, latency.mean_us,
                latency_noise, TARGET_LATENCY_US, verdict (median_ok && p99_ok));

    {
      g_autofree char *title = g_strdup_printf ("FazhiBatch over files, a child process per run (best of %u)",
                                                BATCH_TRIALS);

      add_title (title);
    }
    for (guint w = 0; w < G_N_ELEMENTS (workers); w++)
      {
        const BatchResult *b = &batches[w];
        g_autofree char   *what = workers[w] == 0
                                    ? g_strdup_printf ("  %u files, n-workers=0 (= %u)", b->files, n_cpu)
                                    : g_strdup_printf ("  %u files, n-workers=%u", b->files, workers[w]);
        g_autofree char   *noise = noise_to_string (&b->best.noise);

        add_row (what,
                 g_strdup_printf ("%.0f reports/s, %.1f MB/s, %.2f cores busy",
                                  reports_per_s (&b->best),
                                  mb_per_s (&b->best),
                                  b->cores),
                 NULL, -1, &b->best.noise);
        add_result ("RESULT name=batch-w%u files=%u workers=%u reports_per_s=%.1f mb_per_s=%.2f seconds=%.3f"
                    " cores_busy=%.3f %s peak_rss_kb=%ld",
                    workers[w], b->files, workers[w] ? workers[w] : n_cpu, reports_per_s (&b->best),
                    mb_per_s (&b->best), b->best.seconds, b->cores, noise, b->peak_rss_kb);
      }
    add_row ("  speed-up, 2 workers vs 1", g_strdup_printf ("%.2f× (in-memory ceiling %.2f×)", speedup_2v1, ceiling),
             "close to 2× (≥ 1.8)", speedup_ok, NULL);
    /* The batch's own cost (opening and reading files, handing results
     * over) shows against one core reading the same bytes from memory. */
    add_row ("  2 workers vs one core reading from memory",
             g_strdup_printf ("%.2f×", mb_per_s (&batches[1].best) / mb_per_s (&fazhi)), NULL, -1, NULL);
    add_result ("RESULT name=batch-w2-over-memory ratio=%.3f", mb_per_s (&batches[1].best) / mb_per_s (&fazhi));
    add_result ("RESULT name=batch-speedup-2v1 speedup=%.3f ceiling=%.3f target=%.1f verdict=%s",
                speedup_2v1, ceiling, TARGET_SPEEDUP, verdict (speedup_ok));

    add_title ("FazhiBatch memory, n-workers=0 (VmHWM of the child)");
    mid_ok = batches[2].peak_rss_kb / 1024.0 <= TARGET_RSS_MB;
    large_ok = large.peak_rss_kb / 1024.0 <= TARGET_RSS_MB;
    growth = (large.working_kb - batches[2].working_kb) / 1024.0;
    flat_ok = growth <= TARGET_RSS_GROWTH_MB;
    {
      g_autofree char *what_mid = g_strdup_printf ("  %u files: peak RSS", N_REPORTS);
      g_autofree char *what_large = g_strdup_printf ("  %u files: peak RSS", N_REPORTS_LARGE);

      add_row ("  1 file: the process and its lexicon", g_strdup_printf ("%.1f MB", floor_batch.peak_rss_kb / 1024.0),
               NULL, -1, NULL);
      add_row (what_mid,
               g_strdup_printf ("%.1f MB (batch working set %.1f MB)",
                                batches[2].peak_rss_kb / 1024.0,
                                batches[2].working_kb / 1024.0),
               "≤ 64 MB", mid_ok, NULL);
      add_row (what_large,
               g_strdup_printf ("%.1f MB (batch working set %.1f MB)",
                                large.peak_rss_kb / 1024.0,
                                large.working_kb / 1024.0),
               "≤ 64 MB", large_ok, NULL);
      add_row ("  working set growth for 3× the files", g_strdup_printf ("%+.2f MB", growth),
               "flat (≤ 1 MB)", flat_ok, NULL);
    }
    add_result ("RESULT name=batch-rss files=1 peak_rss_kb=%ld working_kb=%ld",
                floor_batch.peak_rss_kb, floor_batch.working_kb);
    add_result ("RESULT name=batch-rss files=%u peak_rss_kb=%ld working_kb=%ld target_kb=%.0f verdict=%s",
                N_REPORTS, batches[2].peak_rss_kb, batches[2].working_kb, TARGET_RSS_MB * 1024, verdict (mid_ok));
    add_result ("RESULT name=batch-rss files=%u peak_rss_kb=%ld working_kb=%ld target_kb=%.0f verdict=%s",
                N_REPORTS_LARGE, large.peak_rss_kb, large.working_kb, TARGET_RSS_MB * 1024, verdict (large_ok));
    add_result ("RESULT name=speed-check fastest_ms=%.2f slowest_ms=%.2f spread=%.3f",
                speed_fastest * 1e3, speed_slowest * 1e3, speed_slowest / speed_fastest - 1);
    add_result ("RESULT name=batch-rss-growth files_from=%u files_to=%u working_growth_kb=%ld target_kb=%.0f verdict=%s",
                N_REPORTS, N_REPORTS_LARGE, large.working_kb - batches[2].working_kb, TARGET_RSS_GROWTH_MB * 1024,
                verdict (flat_ok));
  }

  print_table ();
  g_print ("\nhost speed check (a fixed loop before each trial): fastest %.1f ms, slowest %.1f ms, spread %.0f%%%s\n",
           speed_fastest * 1e3, speed_slowest * 1e3, 100 * (speed_slowest / speed_fastest - 1),
           speed_slowest / speed_fastest - 1 > SPEED_SPREAD_WARN
             ? " — the host ran this VM slower at times (other guests, frequency limits): absolute figures vary "
               "between runs, ratios measured in the same round are sturdier"
             : "");
  if (n_disturbed > 0)
    g_print ("\n* taken while the machine was busy (less than %.0f%% of the CPU asked for, or other processes "
             "using more than %.0f%% of the machine): pessimistic. See cpu_share= and others= below.\n",
             100 * MIN_CPU_SHARE, 100 * MAX_OTHERS);
  g_print ("\n");
  for (guint i = 0; i < results->len; i++)
    g_print ("%s\n", (char *) g_ptr_array_index (results, i));
  g_print ("\ntotal %.1f s; a MISS is a finding, not a failure\n", now () - total_start);

out:
  if (dir != NULL)
    remove_dir (dir);
  g_ptr_array_unref (corpus.reports);
  g_clear_pointer (&rows, g_ptr_array_unref);
  g_clear_pointer (&results, g_ptr_array_unref);

  if (n_failures > 0)
    {
      g_printerr ("bench-reader: %d failures: the benchmark measured nothing trustworthy\n", n_failures);
      return 1;
    }
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError)         error = NULL;
  g_autofree char           *batch_dir = NULL;
  g_autofree char           *corpus_dir = NULL;
  double                     profile_seconds = 0, profile_naive_seconds = 0;
  int                        n_files = N_REPORTS, n_workers = 0, n_threads = 1;

  /* clang-format off */
  const GOptionEntry entries[] = {
    { "profile", 0, 0, G_OPTION_ARG_DOUBLE, &profile_seconds,
      "Only read the corpus with libfazhi on one core for SECONDS (for perf record)", "SECONDS" },
    { "profile-naive", 0, 0, G_OPTION_ARG_DOUBLE, &profile_naive_seconds,
      "The same with the naive reader", "SECONDS" },
    { "write-corpus", 0, 0, G_OPTION_ARG_FILENAME, &corpus_dir,
      "Write the corpus (--files reports) to DIR and exit", "DIR" },
    { "threads", 0, 0, G_OPTION_ARG_INT, &n_threads, "Threads for --profile, sharing one reader (default 1)", "N" },
    { "files", 0, 0, G_OPTION_ARG_INT, &n_files, "How many reports (--write-corpus)", "N" },
    { "batch-child", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, &batch_dir, NULL, NULL },
    { "workers", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_INT, &n_workers, NULL, NULL },
    { NULL }
  };
  /* clang-format on */

  setlocale (LC_ALL, "");

  context = g_option_context_new ("- benchmark the report reader");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("bench-reader: %s\n", error->message);
      return 2;
    }

  if (batch_dir != NULL)
    return run_batch_child (batch_dir, MAX (n_files, 0), MAX (n_workers, 0));
  if (corpus_dir != NULL)
    return write_corpus (corpus_dir, MAX (n_files, 0));
  if (profile_seconds > 0)
    return profile (profile_seconds, FALSE, CLAMP (n_threads, 1, 64));
  if (profile_naive_seconds > 0)
    return profile (profile_naive_seconds, TRUE, 1);

  self_exe = g_file_read_link ("/proc/self/exe", &error);
  if (self_exe == NULL)
    {
      g_printerr ("bench-reader: cannot find myself: %s\n", error->message);
      return 1;
    }
  return run_all ();
}
