/** English strings of Slider, registered by `useT(slider)` on first render. */

export const sliderStrings = {
  start: '{{label}}, minimum',
  end: '{{label}}, maximum',
};

export const slider = { slider: sliderStrings };
