# countersign: one image for every role (Slack HTTP app, worker, console, migrations).
#   docker build -t countersign .
#   docker compose up          # PostgreSQL, migrations, demo seed, Slack app x2, worker x2, console
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    UV_PYTHON_DOWNLOADS=never \
    UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    UV_PROJECT_ENVIRONMENT=/app/.venv

# OCR for scanned invoices, in the five invoice languages the reader knows.
RUN apt-get update \
 && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-eng tesseract-ocr-deu \
    tesseract-ocr-fra tesseract-ocr-nld tesseract-ocr-spa \
 && rm -rf /var/lib/apt/lists/*

RUN pip install --no-cache-dir uv

WORKDIR /app
# Dependencies first (from the lock file, every extra, no dev or benchmark groups), then the code.
COPY pyproject.toml uv.lock README.md LICENSE ./
RUN uv sync --frozen --all-extras --no-default-groups --no-install-project
COPY countersign ./countersign
RUN uv sync --frozen --all-extras --no-default-groups

RUN useradd --create-home --uid 10001 countersign && mkdir /data && chown countersign /data
USER countersign
ENV PATH=/app/.venv/bin:$PATH \
    COUNTERSIGN_DATA_DIR=/data \
    COUNTERSIGN_LOG_FORMAT=json

EXPOSE 3000 8700 9100
ENTRYPOINT ["countersign"]
CMD ["--help"]
