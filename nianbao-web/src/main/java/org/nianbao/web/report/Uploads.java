package org.nianbao.web.report;

import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.NianbaoException;
import org.nianbao.core.account.AccessDeniedException;
import org.nianbao.core.account.User;
import org.nianbao.core.library.StoredReport;
import org.nianbao.core.usecase.ImportReport;
import org.nianbao.core.usecase.Scope;
import org.nianbao.core.usecase.Upload;
import org.nianbao.web.WebConfig;
import org.nianbao.web.error.WebException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports uploaded files on a pool as large as the machine has cores, so that fifty PDFs arriving at once queue
 * instead of starving the pages, and each file is bounded by the processing timeout. Thread-safe.
 */
public final class Uploads implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Uploads.class);

    /** What became of one file: the stored report, or why it was refused (with the HTTP status). */
    public record Result(String file, @Nullable StoredReport report, @Nullable String error, int status) {
        public boolean ok() {
            return report != null;
        }
    }

    private final ImportReport importReport;
    private final WebConfig config;
    private final ExecutorService pool;

    public Uploads(ImportReport importReport, WebConfig config) {
        this.importReport = importReport;
        this.config = config;
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), task -> {
            Thread thread = new Thread(task, "import-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Checks the batch limits before any file is read. */
    public void checkBatch(List<UploadedFile> files) {
        if (files.isEmpty()) {
            throw WebException.badRequest("没有收到文件：请在表单字段 file 中选择至少一个报告文件");
        }
        if (files.size() > config.maxFilesPerBatch()) {
            throw WebException.badRequest(
                    "一次最多上传 " + config.maxFilesPerBatch() + " 个文件，本次为 " + files.size() + " 个，请分批上传");
        }
    }

    public Result importFile(UploadedFile file, User user, Scope scope) {
        String name = file.filename() == null || file.filename().isBlank() ? "未命名文件" : file.filename();
        if (file.size() > config.maxFileBytes()) {
            return new Result(name, null, "文件「" + name + "」为 " + megabytes(file.size()) + "，超过单个文件 "
                    + megabytes(config.maxFileBytes()) + " 的上限", 413);
        }
        byte[] content;
        try (InputStream in = file.content()) {
            content = in.readNBytes((int) config.maxFileBytes() + 1);
        } catch (IOException e) {
            return new Result(name, null, "文件「" + name + "」未能完整接收：" + e.getMessage(), 400);
        }
        return importBytes(name, content, user, scope);
    }

    public Result importBytes(String name, byte[] content, User user, Scope scope) {
        long started = System.nanoTime();
        Future<StoredReport> future = pool.submit(() -> importReport.run(new Upload(name, content), user, scope));
        try {
            StoredReport stored = future.get(config.processingTimeout().toMillis(), TimeUnit.MILLISECONDS);
            LOG.info("event=report.upload report={} user={} file=\"{}\" bytes={} ms={}", stored.id(), user.username(),
                    name, content.length, (System.nanoTime() - started) / 1_000_000);
            return new Result(name, stored, null, 201);
        } catch (TimeoutException e) {
            future.cancel(true);
            LOG.warn("event=report.upload.timeout user={} file=\"{}\" bytes={}", user.username(), name, content.length);
            return new Result(name, null, "文件「" + name + "」处理超时（超过 " + config.processingTimeout().toSeconds()
                    + " 秒），未保存", 503);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return new Result(name, null, "服务器正在停止，文件「" + name + "」未保存，请稍后重试", 503);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof AccessDeniedException denied) {
                return new Result(name, null, "文件「" + name + "」：" + denied.getMessage(), 403);
            }
            if (cause instanceof NianbaoException refused) {
                LOG.info("event=report.upload.refused user={} file=\"{}\" reason=\"{}\"", user.username(), name,
                        refused.getMessage());
                return new Result(name, null, refused.getMessage(), 422);
            }
            LOG.error("event=report.upload.failed user={} file=\"{}\"", user.username(), name, cause);
            return new Result(name, null, "文件「" + name + "」处理失败（内部错误，已记录日志），未保存", 500);
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }

    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow();
        }
    }
}
