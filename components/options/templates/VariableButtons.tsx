import {
  TEMPLATE_VARIABLE_NAMES,
  TEMPLATE_VARIABLES,
  type TemplateVariable,
} from '../../../utils/shared/templates/template';

/** One button per variable, each inserting its placeholder where the cursor was. */
export function VariableButtons({ onInsert }: { onInsert: (name: TemplateVariable) => void }) {
  return (
    <div class="variable-buttons" role="group" aria-label="Insert a variable">
      {TEMPLATE_VARIABLE_NAMES.map((name) => (
        <button
          key={name}
          type="button"
          title={TEMPLATE_VARIABLES[name].help}
          // Keeps the focus (and the selection) in the field while the button is pressed.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onInsert(name)}
          data-testid={`variable-${name}`}
        >
          {TEMPLATE_VARIABLES[name].label}
        </button>
      ))}
    </div>
  );
}
