# The policy-graph API and CLI, for docker-compose.yml (Neo4j store).
FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY loaders ./loaders
COPY graph ./graph
COPY cypher ./cypher
COPY api ./api
COPY data ./data
RUN pip install --no-cache-dir .
EXPOSE 8000
CMD ["sh", "-c", "policy-graph load --store neo4j --silent && policy-graph serve --host 0.0.0.0"]
