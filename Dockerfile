# Steady: one worker process per container (Flask-SocketIO with gevent).
# Scale out with several containers behind a balancer with sticky sessions, sharing
# PostgreSQL (DATABASE_URL) and Redis (REDIS_URL); see compose.yaml and the README.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 \
    FLASK_APP=server HOST=0.0.0.0 PORT=5000

WORKDIR /app
RUN groupadd --system steady && useradd --system --gid steady --home /app steady

COPY pyproject.toml constraints.txt ./
COPY server ./server
COPY facilitator ./facilitator
RUN pip install -c constraints.txt .

COPY migrations ./migrations
COPY curricula ./curricula
RUN mkdir -p /app/instance && chown steady:steady /app/instance

USER steady
EXPOSE 5000
HEALTHCHECK --interval=15s --timeout=3s CMD python -c "import urllib.request,os; urllib.request.urlopen(f'http://127.0.0.1:{os.environ[\"PORT\"]}/healthz')"
# Apply migrations, then serve. Running `flask db upgrade` from every worker is safe:
# Alembic takes a lock and a migrated database is left as it is.
CMD ["sh", "-c", "flask db upgrade && exec python -m server"]
