//! Choosing a photo on a phone: a large "Take a photo" button that opens the camera, a
//! file field beside it for the gallery or a PDF, and a preview of the photo chosen. The
//! document upload (one per side of a card) and the consultation form use the same piece,
//! so a worker meets one way of sending a photo everywhere (issue 19).
//!
//! Both inputs carry the same `name`: without JavaScript the browser sends both and the
//! server takes the one that holds a file. Once hydrated, choosing in one clears the other
//! (one file per side) and shows the photo.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The words of one picker, translated on the server.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhotoTexts {
    /// The picker's legend: "Front", "Photo (optional)".
    pub title: String,
    pub camera_label: String,
    pub file_label: String,
    /// The preview's alternative text.
    pub preview_alt: String,
}

/// The ids of a picker's inputs, `camera-<id>` and `file-<id>`: what a sender reads the
/// chosen file from.
pub fn photo_input_ids(id: &str) -> [String; 2] {
    [format!("camera-{id}"), format!("file-{id}")]
}

/// One photo to choose. `accept` is what the file field offers besides photos.
#[component]
pub fn PhotoPicker(
    /// Unique on the page; the inputs' ids derive from it.
    id: String,
    /// The form field both inputs send.
    name: String,
    texts: PhotoTexts,
    accept: &'static str,
) -> impl IntoView {
    let preview = RwSignal::new(None::<String>);
    let [camera_id, file_id] = photo_input_ids(&id);
    let on_change = move |from_camera: bool| {
        let id = id.clone();
        move |_| browser::chosen(&id, from_camera, preview)
    };
    let alt = texts.preview_alt.clone();
    view! {
        <fieldset class="stack side">
            <legend>{texts.title.clone()}</legend>
            <label class="button secondary file-button" for=camera_id.clone()>{texts.camera_label.clone()}</label>
            <input
                class="visually-hidden"
                type="file"
                id=camera_id
                name=name.clone()
                accept="image/*"
                capture="environment"
                on:change=on_change(true)
            />
            <label for=file_id.clone()>{texts.file_label.clone()}</label>
            <input type="file" id=file_id name=name accept=accept on:change=on_change(false)/>
            {move || preview.get().map(|url| view! { <img class="preview" src=url alt=alt.clone()/> })}
        </fieldset>
    }
}

/// A picker on its own, for a form that the browser sends itself (the consultation form).
#[island]
pub fn PhotoField(id: String, name: String, texts: PhotoTexts) -> impl IntoView {
    view! { <PhotoPicker id name texts accept="image/jpeg,image/png,image/webp"/> }
}

#[cfg(not(feature = "hydrate"))]
mod browser {
    use leptos::prelude::RwSignal;

    pub fn chosen(_id: &str, _from_camera: bool, _preview: RwSignal<Option<String>>) {}
}

#[cfg(feature = "hydrate")]
mod browser {
    use leptos::{prelude::*, wasm_bindgen::JsCast};
    use web_sys::{HtmlInputElement, Url};

    use super::photo_input_ids;

    fn input(id: &str) -> Option<HtmlInputElement> {
        document()
            .get_element_by_id(id)
            .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
    }

    /// A photo or file was chosen in one of the picker's inputs: the other is cleared (one
    /// file per picker) and a photo is previewed.
    pub fn chosen(id: &str, from_camera: bool, preview: RwSignal<Option<String>>) {
        let [camera, file] = photo_input_ids(id);
        let (this, other) = if from_camera {
            (camera, file)
        } else {
            (file, camera)
        };
        if let Some(other) = input(&other) {
            other.set_value("");
        }
        let file = input(&this).and_then(|i| i.files()).and_then(|f| f.get(0));
        if let Some(old) = preview.get_untracked() {
            let _ = Url::revoke_object_url(&old);
        }
        let url = file
            .filter(|f| f.type_().starts_with("image/"))
            .and_then(|f| Url::create_object_url_with_blob(&f).ok());
        preview.set(url);
    }
}
