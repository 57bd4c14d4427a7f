import { KeyboardSensor, type KeyboardSensorProps } from '@dnd-kit/core';

/** The parts of dnd-kit's sensor this class reaches into (declared private in its types). */
type SensorInternals = {
  handleKeyDown: (event: Event) => void;
  listeners: { add: (eventName: string, handler: (event: Event) => void) => void };
};

/**
 * dnd-kit's keyboard sensor listens for the keys of a drag only from a timer after the key that
 * lifted the card (so that key is not also taken as the drop). Chromium runs input before
 * timers, so on a busy page an arrow pressed right after Space arrived first and was lost: the
 * card stayed put and a screen-reader user heard nothing. This sensor listens at once and skips
 * only the lifting event itself; when dnd-kit's timer adds the same listener again, the DOM
 * ignores the duplicate.
 */
export class PromptKeyboardSensor extends KeyboardSensor {
  constructor(props: KeyboardSensorProps) {
    super(props);
    const internals = this as unknown as SensorInternals;
    const handleKeyDown = internals.handleKeyDown;
    const lifting = props.event;
    internals.handleKeyDown = (event) => {
      if (event !== lifting) handleKeyDown(event);
    };
    internals.listeners.add('keydown', internals.handleKeyDown);
  }
}
