import type { MessageTemplate } from '../../../utils/shared/templates/template';

/** The set in its order, as the sidebar offers it: name and subject, with Edit and Delete. */
export function TemplateList({
  templates,
  onEdit,
  onDelete,
}: {
  templates: MessageTemplate[];
  onEdit: (template: MessageTemplate) => void;
  onDelete: (template: MessageTemplate) => void;
}) {
  if (!templates.length)
    return (
      <p class="muted" data-testid="templates-empty">
        No templates. Write one with New template, restore the starter set, or import a file.
      </p>
    );
  return (
    <table class="template-list" data-testid="templates-table">
      <caption class="visually-hidden">Email templates</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Subject</th>
          <th scope="col">
            <span class="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {templates.map((template) => (
          <tr key={template.id} data-testid="template-row">
            <td>
              <strong data-testid="template-row-name">{template.name}</strong>
            </td>
            <td class="template-subject" data-testid="template-row-subject">
              {template.subject || <span class="muted">(no subject)</span>}
            </td>
            <td class="row-actions">
              <button type="button" onClick={() => onEdit(template)} data-testid="template-edit">
                Edit
              </button>{' '}
              <button type="button" onClick={() => onDelete(template)} data-testid="template-delete">
                Delete
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
