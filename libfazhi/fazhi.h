/* fazhi.h: the one header to include
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#define FAZHI_INSIDE
#include "fazhi-version.h"
#include "fazhi-version-macros.h"
#include "fazhi-error.h"
#include "fazhi-catalog-entry.h"
#include "fazhi-catalog.h"
#include "fazhi-document.h"
#include "fazhi-section.h"
#include "fazhi-figure.h"
#include "fazhi-target.h"
#include "fazhi-duty-evidence.h"
#include "fazhi-report.h"
#include "fazhi-policy.h"
#include "fazhi-reader.h"
#include "fazhi-batch.h"
#include "fazhi-finding.h"
#include "fazhi-followup.h"
#include "fazhi-summary.h"
#include "fazhi-check-result.h"
#include "fazhi-rule.h"
#include "fazhi-check-context.h"
#include "fazhi-checker.h"
#include "fazhi-enums.h"
#undef FAZHI_INSIDE
