/* fazhi-batch.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "fazhi-batch.h"

/* How many reports may be read ahead of the one being handed out. The
 * window bounds memory whatever the number of files. */
#define WINDOW_PER_WORKER 4

/**
 * FazhiBatch:
 *
 * Reads many report files on all cores.
 *
 * Workers read files in parallel; the batch hands the results out in the
 * order of the input, one at a time, through the
 * [signal@Fazhi.Batch::report] and [signal@Fazhi.Batch::failed] signals,
 * followed by [signal@Fazhi.Batch::progress]. Only a small window of
 * reports is held at once, so memory stays flat however many files there
 * are: a handler that does not keep the report lets it go.
 *
 * [method@Fazhi.Batch.run] blocks and emits the signals in the calling
 * thread; [method@Fazhi.Batch.run_async] emits them in the thread-default
 * main context of its caller, which suits Python and GJS user interfaces.
 * A file that cannot be read does not stop the batch.
 */
struct _FazhiBatch
{
  GObject parent_instance;

  FazhiReader *reader;
  guint        n_workers;
};

G_DEFINE_FINAL_TYPE (FazhiBatch, fazhi_batch, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_READER,
  PROP_N_WORKERS,
  N_PROPS
};

enum
{
  SIGNAL_REPORT,
  SIGNAL_FAILED,
  SIGNAL_PROGRESS,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

typedef struct
{
  FazhiReport *report;
  GError      *error;
  GFile       *file;
  gboolean     ready;
} Slot;

typedef struct
{
  FazhiReader  *reader;
  GListModel   *files;
  guint         n_files;
  GCancellable *cancellable;
  GMutex        mutex;
  GCond         cond;
  guint         next;   /* next index a worker claims */
  guint         handed; /* results the coordinator has taken */
  guint         window;
  Slot         *slots;
  GPtrArray    *released; /* reports for the workers to free */
  gboolean      stop;
} Run;

static void
fazhi_batch_finalize (GObject *object)
{
  FazhiBatch *self = (FazhiBatch *) object;

  g_clear_object (&self->reader);

  G_OBJECT_CLASS (fazhi_batch_parent_class)->finalize (object);
}

static void
fazhi_batch_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  FazhiBatch *self = FAZHI_BATCH (object);

  switch (prop_id)
    {
    case PROP_READER:
      g_value_set_object (value, self->reader);
      break;
    case PROP_N_WORKERS:
      g_value_set_uint (value, self->n_workers);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fazhi_batch_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  FazhiBatch *self = FAZHI_BATCH (object);

  switch (prop_id)
    {
    case PROP_READER:
      self->reader = g_value_dup_object (value);
      if (self->reader == NULL)
        self->reader = fazhi_reader_new ();
      break;
    case PROP_N_WORKERS:
      fazhi_batch_set_n_workers (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fazhi_batch_class_init (FazhiBatchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fazhi_batch_finalize;
  object_class->get_property = fazhi_batch_get_property;
  object_class->set_property = fazhi_batch_set_property;

  /**
   * FazhiBatch:reader:
   *
   * The reader the workers share.
   */
  properties[PROP_READER] =
    g_param_spec_object ("reader", NULL, NULL, FAZHI_TYPE_READER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiBatch:n-workers:
   *
   * How many files are read at once; 0 means one per processor.
   */
  properties[PROP_N_WORKERS] =
    g_param_spec_uint ("n-workers", NULL, NULL, 0, 1024, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * FazhiBatch::report:
   * @self: the batch
   * @index: the position of the file in the input
   * @file: the file
   * @report: what was read from it
   *
   * Emitted for each file that was read, in input order.
   */
  signals[SIGNAL_REPORT] =
    g_signal_new ("report", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_UINT, G_TYPE_FILE, FAZHI_TYPE_REPORT);

  /**
   * FazhiBatch::failed:
   * @self: the batch
   * @index: the position of the file in the input
   * @file: the file
   * @error: why it could not be read; the message names the file
   *
   * Emitted for each file that could not be read, in input order.
   */
  signals[SIGNAL_FAILED] =
    g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_UINT, G_TYPE_FILE, G_TYPE_ERROR);

  /**
   * FazhiBatch::progress:
   * @self: the batch
   * @done: how many files have been handed out
   * @total: how many files there are
   *
   * Emitted after each file.
   */
  signals[SIGNAL_PROGRESS] =
    g_signal_new ("progress", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
}

static void
fazhi_batch_init (FazhiBatch *self)
{
}

/**
 * fazhi_batch_new:
 * @reader: (nullable): the reader to use, or %NULL for a new one
 *
 * Returns: (transfer full): a new batch
 */
FazhiBatch *
fazhi_batch_new (FazhiReader *reader)
{
  g_return_val_if_fail (reader == NULL || FAZHI_IS_READER (reader), NULL);

  return g_object_new (FAZHI_TYPE_BATCH, "reader", reader, NULL);
}

/**
 * fazhi_batch_get_reader:
 * @self: a batch
 *
 * Returns: (transfer none): the reader the workers share
 */
FazhiReader *
fazhi_batch_get_reader (FazhiBatch *self)
{
  g_return_val_if_fail (FAZHI_IS_BATCH (self), NULL);

  return self->reader;
}

/**
 * fazhi_batch_get_n_workers:
 * @self: a batch
 *
 * Returns: how many files are read at once; 0 means one per processor
 */
guint
fazhi_batch_get_n_workers (FazhiBatch *self)
{
  g_return_val_if_fail (FAZHI_IS_BATCH (self), 0);

  return self->n_workers;
}

/**
 * fazhi_batch_set_n_workers:
 * @self: a batch
 * @n_workers: how many files to read at once; 0 for one per processor
 *
 * Sets [property@Fazhi.Batch:n-workers].
 */
void
fazhi_batch_set_n_workers (FazhiBatch *self,
                           guint       n_workers)
{
  g_return_if_fail (FAZHI_IS_BATCH (self));

  if (self->n_workers == n_workers)
    return;
  self->n_workers = n_workers;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_WORKERS]);
}

static void
on_cancelled (GCancellable *cancellable,
              Run          *run)
{
  g_mutex_lock (&run->mutex);
  run->stop = TRUE;
  g_cond_broadcast (&run->cond);
  g_mutex_unlock (&run->mutex);
}

static gpointer
worker (gpointer data)
{
  Run *run = data;

  g_mutex_lock (&run->mutex);
  for (;;)
    {
      g_autoptr (GFile) file = NULL;
      FazhiReport      *report;
      GError           *error = NULL;
      Slot             *slot;
      guint             index;

      if (run->released->len > 0)
        {
          gsize     n;
          gpointer *reports = g_ptr_array_steal (run->released, &n);

          g_mutex_unlock (&run->mutex);
          for (gsize i = 0; i < n; i++)
            g_object_unref (reports[i]);
          g_free (reports);
          g_mutex_lock (&run->mutex);
          continue;
        }

      while (!run->stop && run->next < run->n_files && run->next - run->handed >= run->window &&
             run->released->len == 0)
        g_cond_wait (&run->cond, &run->mutex);
      if (run->released->len > 0)
        continue;
      if (run->stop || run->next >= run->n_files)
        break;

      index = run->next++;
      /* List models need not be thread-safe: fetch under the lock. */
      file = g_list_model_get_item (run->files, index);
      g_mutex_unlock (&run->mutex);

      if (file == NULL || !G_IS_FILE (file))
        {
          report = NULL;
          g_set_error (&error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                       "item %u of the batch is not a file", index);
        }
      else
        report = fazhi_reader_read_file (run->reader, file, run->cancellable, &error);

      g_mutex_lock (&run->mutex);
      slot = &run->slots[index % run->window];
      slot->report = report;
      slot->error = error;
      slot->file = g_steal_pointer (&file);
      slot->ready = TRUE;
      g_cond_broadcast (&run->cond);
    }
  g_mutex_unlock (&run->mutex);

  return NULL;
}

/* Takes the result for @index, waiting for it; FALSE when stopped. */
static gboolean
take_result (Run  *run,
             guint index,
             Slot *out)
{
  Slot *slot = &run->slots[index % run->window];

  g_mutex_lock (&run->mutex);
  while (!slot->ready && !run->stop)
    g_cond_wait (&run->cond, &run->mutex);
  if (!slot->ready)
    {
      g_mutex_unlock (&run->mutex);
      return FALSE;
    }
  *out = *slot;
  memset (slot, 0, sizeof *slot);
  run->handed++;
  g_cond_broadcast (&run->cond);
  g_mutex_unlock (&run->mutex);

  return TRUE;
}

static void
clear_slot (Slot *slot)
{
  g_clear_object (&slot->report);
  g_clear_error (&slot->error);
  g_clear_object (&slot->file);
}

/* Freeing a report costs about a tenth of reading it. When the batch
 * holds the last reference (the handlers kept none), the workers free it
 * instead of the thread emitting the signals: otherwise that thread does a
 * share of the work no worker can take over, and two workers cannot go
 * twice as fast as one. Only a report nobody else can reach is moved, so
 * no handler sees it finalized in another thread. */
static void
release_slot (Run  *run,
              Slot *slot)
{
  if (slot->report != NULL && g_atomic_int_get (&G_OBJECT (slot->report)->ref_count) == 1)
    {
      g_mutex_lock (&run->mutex);
      g_ptr_array_add (run->released, g_steal_pointer (&slot->report));
      g_cond_broadcast (&run->cond);
      g_mutex_unlock (&run->mutex);
    }
  clear_slot (slot);
}

static void
emit_result (FazhiBatch *self,
             guint       index,
             guint       total,
             Slot       *slot)
{
  if (slot->report != NULL)
    g_signal_emit (self, signals[SIGNAL_REPORT], 0, index, slot->file, slot->report);
  else
    g_signal_emit (self, signals[SIGNAL_FAILED], 0, index, slot->file, slot->error);
  g_signal_emit (self, signals[SIGNAL_PROGRESS], 0, index + 1, total);
}

typedef void (*DeliverFunc) (FazhiBatch *self,
                             guint       index,
                             guint       total,
                             Slot       *slot,
                             gpointer    data);

static gboolean
run_batch (FazhiBatch   *self,
           GListModel   *files,
           GCancellable *cancellable,
           DeliverFunc   deliver,
           gpointer      deliver_data,
           GError      **error)
{
  Run                   run = { 0 };
  g_autoptr (GPtrArray) threads = g_ptr_array_new ();
  guint                 n_workers = self->n_workers ? self->n_workers : MAX (1, g_get_num_processors ());
  gulong                handler = 0;
  guint                 handed = 0;

  run.reader = self->reader;
  run.files = files;
  run.n_files = g_list_model_get_n_items (files);
  run.cancellable = cancellable;
  n_workers = MIN (n_workers, MAX (run.n_files, 1));
  run.window = n_workers * WINDOW_PER_WORKER;
  run.slots = g_new0 (Slot, run.window);
  run.released = g_ptr_array_new_with_free_func (g_object_unref);
  g_mutex_init (&run.mutex);
  g_cond_init (&run.cond);

  if (cancellable != NULL)
    handler = g_cancellable_connect (cancellable, G_CALLBACK (on_cancelled), &run, NULL);

  for (guint i = 0; i < n_workers && run.n_files > 0; i++)
    g_ptr_array_add (threads, g_thread_new ("fazhi-batch", worker, &run));

  for (; handed < run.n_files; handed++)
    {
      Slot slot;

      if (!take_result (&run, handed, &slot))
        break;
      deliver (self, handed, run.n_files, &slot, deliver_data);
      release_slot (&run, &slot);
    }

  g_mutex_lock (&run.mutex);
  run.stop = TRUE;
  g_cond_broadcast (&run.cond);
  g_mutex_unlock (&run.mutex);
  for (guint i = 0; i < threads->len; i++)
    g_thread_join (g_ptr_array_index (threads, i));

  if (cancellable != NULL)
    g_cancellable_disconnect (cancellable, handler);
  for (guint i = 0; i < run.window; i++)
    clear_slot (&run.slots[i]);
  g_free (run.slots);
  g_ptr_array_unref (run.released);
  g_mutex_clear (&run.mutex);
  g_cond_clear (&run.cond);

  if (handed < run.n_files)
    return !g_cancellable_set_error_if_cancelled (cancellable, error);
  return TRUE;
}

static void
deliver_now (FazhiBatch *self,
             guint       index,
             guint       total,
             Slot       *slot,
             gpointer    data)
{
  emit_result (self, index, total, slot);
}

/**
 * fazhi_batch_run:
 * @self: a batch
 * @files: a list of [iface@Gio.File]
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reads every file and emits the signals, in the calling thread, in input
 * order. Files that cannot be read are reported through
 * [signal@Fazhi.Batch::failed] and do not stop the batch.
 *
 * Returns: %TRUE, or %FALSE with @error set when cancelled
 */
gboolean
fazhi_batch_run (FazhiBatch   *self,
                 GListModel   *files,
                 GCancellable *cancellable,
                 GError      **error)
{
  g_return_val_if_fail (FAZHI_IS_BATCH (self), FALSE);
  g_return_val_if_fail (G_IS_LIST_MODEL (files), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return run_batch (self, files, cancellable, deliver_now, NULL, error);
}

/**
 * fazhi_batch_run_paths:
 * @self: a batch
 * @paths: (array zero-terminated=1) (element-type filename): file paths
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Like [method@Fazhi.Batch.run], for paths.
 *
 * Returns: %TRUE, or %FALSE with @error set when cancelled
 */
gboolean
fazhi_batch_run_paths (FazhiBatch         *self,
                       const char * const *paths,
                       GCancellable       *cancellable,
                       GError            **error)
{
  g_autoptr (GListStore) files = g_list_store_new (G_TYPE_FILE);

  g_return_val_if_fail (FAZHI_IS_BATCH (self), FALSE);
  g_return_val_if_fail (paths != NULL, FALSE);

  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autoptr (GFile) file = g_file_new_for_path (paths[i]);

      g_list_store_append (files, file);
    }

  return fazhi_batch_run (self, G_LIST_MODEL (files), cancellable, error);
}

/* Asynchronous runs: the coordinator works in a thread and hands each
 * result to the caller's main context, waiting when too many are queued
 * so that memory stays bounded. */
typedef struct
{
  GMainContext *context;
  GMutex        mutex;
  GCond         cond;
  guint         queued;
  guint         limit;
} AsyncDelivery;

typedef struct
{
  FazhiBatch    *self;
  AsyncDelivery *delivery;
  guint          index;
  guint          total;
  Slot           slot;
} Posted;

static gboolean
emit_posted (gpointer data)
{
  Posted *posted = data;

  emit_result (posted->self, posted->index, posted->total, &posted->slot);
  clear_slot (&posted->slot);

  g_mutex_lock (&posted->delivery->mutex);
  posted->delivery->queued--;
  g_cond_broadcast (&posted->delivery->cond);
  g_mutex_unlock (&posted->delivery->mutex);

  g_object_unref (posted->self);
  g_free (posted);
  return G_SOURCE_REMOVE;
}

static void
deliver_to_context (FazhiBatch *self,
                    guint       index,
                    guint       total,
                    Slot       *slot,
                    gpointer    data)
{
  AsyncDelivery *delivery = data;
  Posted        *posted = g_new0 (Posted, 1);

  posted->self = g_object_ref (self);
  posted->delivery = delivery;
  posted->index = index;
  posted->total = total;
  posted->slot = *slot;
  memset (slot, 0, sizeof *slot);

  g_mutex_lock (&delivery->mutex);
  while (delivery->queued >= delivery->limit)
    g_cond_wait (&delivery->cond, &delivery->mutex);
  delivery->queued++;
  g_mutex_unlock (&delivery->mutex);

  g_main_context_invoke (delivery->context, emit_posted, posted);
}

static void
run_async_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  FazhiBatch   *self = source_object;
  AsyncDelivery delivery = { 0 };
  GError       *error = NULL;
  gboolean      ok;

  delivery.context = g_task_get_context (task);
  delivery.limit = 8;
  g_mutex_init (&delivery.mutex);
  g_cond_init (&delivery.cond);

  ok = run_batch (self, task_data, cancellable, deliver_to_context, &delivery, &error);

  /* The posted results point at @delivery: wait until the caller's main
   * context has emitted them all, which also puts them before the
   * completion callback. */
  g_mutex_lock (&delivery.mutex);
  while (delivery.queued > 0)
    g_cond_wait (&delivery.cond, &delivery.mutex);
  g_mutex_unlock (&delivery.mutex);

  g_mutex_clear (&delivery.mutex);
  g_cond_clear (&delivery.cond);

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * fazhi_batch_run_async:
 * @self: a batch
 * @files: a list of [iface@Gio.File]
 * @cancellable: (nullable): a #GCancellable
 * @callback: (scope async): called when every file is done
 * @user_data: data for @callback
 *
 * Reads every file without blocking; the signals are emitted in the
 * thread-default main context of the caller, in input order, and
 * @callback is called after the last of them. @files must not change
 * while the batch runs.
 */
void
fazhi_batch_run_async (FazhiBatch         *self,
                       GListModel         *files,
                       GCancellable       *cancellable,
                       GAsyncReadyCallback callback,
                       gpointer            user_data)
{
  g_autoptr (GTask) task = NULL;

  g_return_if_fail (FAZHI_IS_BATCH (self));
  g_return_if_fail (G_IS_LIST_MODEL (files));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fazhi_batch_run_async);
  g_task_set_task_data (task, g_object_ref (files), g_object_unref);
  g_task_run_in_thread (task, run_async_thread);
}

/**
 * fazhi_batch_run_finish:
 * @self: a batch
 * @result: the result passed to the callback
 * @error: return location for a #GError
 *
 * Returns: %TRUE, or %FALSE with @error set when cancelled
 */
gboolean
fazhi_batch_run_finish (FazhiBatch   *self,
                        GAsyncResult *result,
                        GError      **error)
{
  g_return_val_if_fail (FAZHI_IS_BATCH (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
