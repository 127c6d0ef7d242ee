// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pipeline/filejob.h"

#include <QByteArray>

#include <optional>

namespace Blackout {

/// What a worker process and the batch say to each other over a pipe, one line of JSON each: a job (the
/// input and its output stem) and a JobResult. Only this and WorkerClient know the format.
namespace JobCodec {
QByteArray encodeJob(const BatchInput &input, const QString &stem);
std::optional<std::pair<BatchInput, QString>> decodeJob(const QByteArray &line);

QByteArray encodeResult(const JobResult &result);
/// The result with JobResult::entry holding the worker's report entry as it was made.
std::optional<JobResult> decodeResult(const QByteArray &line);
} // namespace JobCodec

} // namespace Blackout
