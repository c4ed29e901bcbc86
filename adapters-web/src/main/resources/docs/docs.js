// Renders the served OpenAPI document with Swagger UI (vendored from the org.webjars:swagger-ui
// jar, Apache-2.0). Loaded as a file, so the page's Content-Security-Policy allows no inline script.
window.addEventListener('DOMContentLoaded', () => {
  window.SwaggerUIBundle({
    url: '/v1/openapi.json',
    dom_id: '#docs',
    deepLinking: true,
    docExpansion: 'list',
    defaultModelsExpandDepth: 0,
    displayRequestDuration: true,
    validatorUrl: null,
  });
});
